import { allowedTransitions, CASE_TRANSITIONS, closesCase, DISPUTE_STATUSES, nextStatus } from './case-life-cycle';

describe('the dispute life cycle', () => {
  it('leads intake → mediating → agreement reached → fulfilled', () => {
    expect(nextStatus('INTAKE', 'START')).toBe('MEDIATING');
    expect(nextStatus('MEDIATING', 'AGREE')).toBe('AGREEMENT_REACHED');
    expect(nextStatus('AGREEMENT_REACHED', 'FULFILL')).toBe('FULFILLED');
  });

  it('leads mediating → failed → referred, and lets intake or mediating be withdrawn', () => {
    expect(nextStatus('MEDIATING', 'FAIL')).toBe('FAILED');
    expect(nextStatus('FAILED', 'REFER')).toBe('REFERRED');
    expect(nextStatus('INTAKE', 'WITHDRAW')).toBe('WITHDRAWN');
    expect(nextStatus('MEDIATING', 'WITHDRAW')).toBe('WITHDRAWN');
  });

  it('allows exactly nine transitions and nothing out of a final status', () => {
    const allowed = DISPUTE_STATUSES.flatMap((from) => CASE_TRANSITIONS.filter((t) => nextStatus(from, t) !== null).map((t) => `${from}:${t}`));
    expect(allowed.sort()).toEqual(
      [
        'INTAKE:START',
        'INTAKE:WITHDRAW',
        'MEDIATING:AGREE',
        'MEDIATING:FAIL',
        'MEDIATING:WITHDRAW',
        'AGREEMENT_REACHED:FULFILL',
        'AGREEMENT_REACHED:BREACH',
        'FAILED:REFER',
        'UNFULFILLED:REFER',
      ].sort(),
    );
    for (const final of ['FULFILLED', 'REFERRED', 'WITHDRAWN'] as const) expect(allowedTransitions(final)).toEqual([]);
  });

  it('refuses skipping a step: an intake case cannot be fulfilled or referred', () => {
    expect(nextStatus('INTAKE', 'FULFILL')).toBeNull();
    expect(nextStatus('INTAKE', 'REFER')).toBeNull();
    expect(nextStatus('AGREEMENT_REACHED', 'WITHDRAW')).toBeNull();
  });

  it('closes a case when mediation ends (fulfilled, failed, withdrawn) but not again on referral', () => {
    expect(closesCase('AGREEMENT_REACHED', 'FULFILLED')).toBe(true);
    expect(closesCase('MEDIATING', 'FAILED')).toBe(true);
    expect(closesCase('INTAKE', 'WITHDRAWN')).toBe(true);
    expect(closesCase('FAILED', 'REFERRED')).toBe(false);
    expect(closesCase('MEDIATING', 'AGREEMENT_REACHED')).toBe(false);
  });
});
