/**
 * The life cycle of a dispute case (矛盾纠纷), as a pure table. Every change of status is
 * one named transition; the domain service refuses any transition this table does not allow.
 *
 *   INTAKE ──start──▶ MEDIATING ──agree──▶ AGREEMENT_REACHED ──fulfill──▶ FULFILLED
 *     │                  │                         │
 *     │                  │                         └──breach──▶ UNFULFILLED ──┐
 *     │                  └──fail──▶ FAILED ──refer──▶ REFERRED ◀──refer────────┘
 *     └──withdraw──┬─────┘                         (court or department)
 *                  ▼
 *              WITHDRAWN
 *
 * An agreement not honored (UNFULFILLED) closes the case like a failure; the parties may then
 * be referred to a court (e.g. to have the agreement enforced) or a department.
 */
export const DISPUTE_STATUSES = ['INTAKE', 'MEDIATING', 'AGREEMENT_REACHED', 'FULFILLED', 'UNFULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const CASE_TRANSITIONS = ['START', 'AGREE', 'FULFILL', 'BREACH', 'FAIL', 'REFER', 'WITHDRAW'] as const;
export type CaseTransition = (typeof CASE_TRANSITIONS)[number];

const TABLE: Record<CaseTransition, { from: readonly DisputeStatus[]; to: DisputeStatus }> = {
  START: { from: ['INTAKE'], to: 'MEDIATING' },
  AGREE: { from: ['MEDIATING'], to: 'AGREEMENT_REACHED' },
  FULFILL: { from: ['AGREEMENT_REACHED'], to: 'FULFILLED' },
  BREACH: { from: ['AGREEMENT_REACHED'], to: 'UNFULFILLED' },
  FAIL: { from: ['MEDIATING'], to: 'FAILED' },
  REFER: { from: ['FAILED', 'UNFULFILLED'], to: 'REFERRED' },
  WITHDRAW: { from: ['INTAKE', 'MEDIATING'], to: 'WITHDRAWN' },
};

/** Statuses in which mediation has ended: they count as closed (success rate, days to close). */
export const CLOSED_STATUSES: readonly DisputeStatus[] = ['FULFILLED', 'UNFULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN'];
/** Statuses from which nothing more can happen. */
export const FINAL_STATUSES: readonly DisputeStatus[] = ['FULFILLED', 'REFERRED', 'WITHDRAWN'];

export function isClosed(status: DisputeStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** The status a transition leads to from `from`, or null when the life cycle does not allow it. */
export function nextStatus(from: DisputeStatus, transition: CaseTransition): DisputeStatus | null {
  const rule = TABLE[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** The transitions allowed from a status, in the table's order (for clients to offer the right buttons). */
export function allowedTransitions(from: DisputeStatus): CaseTransition[] {
  return CASE_TRANSITIONS.filter((t) => nextStatus(from, t) !== null);
}

/** True when entering `to` ends mediation (the case closes on that day). */
export function closesCase(from: DisputeStatus, to: DisputeStatus): boolean {
  return !isClosed(from) && isClosed(to);
}
