/**
 * The five-step closed loop of a grid incident (网格事件, 五步闭合) as a pure table:
 * reported (发现告知) → dispatched (调度派遣) → handled (事件处理) → followed up (跟踪回访)
 * → closed with an evaluation (评价结案). An unsatisfied evaluation sends the incident back
 * to its department for handling again (REOPEN, from FOLLOWED_UP to DISPATCHED).
 */
export const INCIDENT_STEPS = ['REPORTED', 'DISPATCHED', 'HANDLED', 'FOLLOWED_UP', 'CLOSED'] as const;
export type IncidentStep = (typeof INCIDENT_STEPS)[number];

export const INCIDENT_ACTIONS = ['DISPATCH', 'HANDLE', 'FOLLOW_UP', 'CLOSE', 'REOPEN'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

const TABLE: Record<IncidentAction, { from: IncidentStep; to: IncidentStep }> = {
  DISPATCH: { from: 'REPORTED', to: 'DISPATCHED' },
  HANDLE: { from: 'DISPATCHED', to: 'HANDLED' },
  FOLLOW_UP: { from: 'HANDLED', to: 'FOLLOWED_UP' },
  CLOSE: { from: 'FOLLOWED_UP', to: 'CLOSED' },
  REOPEN: { from: 'FOLLOWED_UP', to: 'DISPATCHED' },
};

/** The step an action leads to from `from`, or null when the loop does not allow it. */
export function nextStep(from: IncidentStep, action: IncidentAction): IncidentStep | null {
  const rule = TABLE[action];
  return rule.from === from ? rule.to : null;
}

/** An evaluation closes the incident when satisfied, and reopens it for handling when not. */
export function evaluationAction(satisfied: boolean): IncidentAction {
  return satisfied ? 'CLOSE' : 'REOPEN';
}

/** Handling is late when it happened after the deadline (or has not happened and the deadline has passed). */
export function handlingLate(deadline: string, handledOn: string | null, today: string): boolean {
  return handledOn !== null ? handledOn > deadline : today > deadline;
}
