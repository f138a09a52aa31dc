import { Validation } from '@linli/domain';
import { carried, hasQuorum, implementationStatus, quorumOf, seatPlanProblems } from './council-rules';
import { evaluationAction, handlingLate, nextStep } from './incident-steps';
import { checkParties } from './parties';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';

describe('the parties of a dispute', () => {
  const codes = (parties: Parameters<typeof checkParties>[0]) => {
    const v = new Validation();
    checkParties(parties, v);
    return v.errors.map((e) => e.code);
  };
  it('needs parties, an applicant and a respondent', () => {
    expect(codes([])).toEqual(['PARTIES_REQUIRED']);
    expect(codes([{ personId: A, role: 'APPLICANT' }])).toEqual(['RESPONDENT_REQUIRED']);
    expect(
      codes([
        { personId: A, role: 'APPLICANT' },
        { personId: B, role: 'RESPONDENT' },
      ]),
    ).toEqual([]);
  });
  it('refuses the same person on both sides', () => {
    expect(
      codes([
        { personId: A, role: 'APPLICANT' },
        { personId: A.toUpperCase(), role: 'RESPONDENT' },
      ]),
    ).toEqual(['PARTY_ON_BOTH_SIDES']);
  });
});

describe('the five steps of an incident', () => {
  it('goes reported → dispatched → handled → followed up → closed and nothing else', () => {
    expect(nextStep('REPORTED', 'DISPATCH')).toBe('DISPATCHED');
    expect(nextStep('DISPATCHED', 'HANDLE')).toBe('HANDLED');
    expect(nextStep('HANDLED', 'FOLLOW_UP')).toBe('FOLLOWED_UP');
    expect(nextStep('FOLLOWED_UP', 'CLOSE')).toBe('CLOSED');
    expect(nextStep('HANDLED', 'CLOSE')).toBeNull();
    expect(nextStep('REPORTED', 'HANDLE')).toBeNull();
  });
  it('sends an unsatisfied evaluation back to the department', () => {
    expect(evaluationAction(false)).toBe('REOPEN');
    expect(nextStep('FOLLOWED_UP', 'REOPEN')).toBe('DISPATCHED');
  });
  it('counts handling after the deadline, or waiting past it, as late', () => {
    expect(handlingLate('2026-03-10', '2026-03-10', '2026-04-01')).toBe(false);
    expect(handlingLate('2026-03-10', '2026-03-11', '2026-03-11')).toBe(true);
    expect(handlingLate('2026-03-10', null, '2026-03-11')).toBe(true);
    expect(handlingLate('2026-03-10', null, '2026-03-10')).toBe(false);
  });
});

describe('council rules', () => {
  it('needs more than half of the seats to have voted', () => {
    expect(quorumOf(13)).toBe(7);
    expect(hasQuorum({ for: 4, against: 1, abstain: 1 }, 13)).toBe(false);
    expect(hasQuorum({ for: 4, against: 2, abstain: 1 }, 13)).toBe(true);
  });
  it('carries a topic when more than half of the votes cast are for it', () => {
    expect(carried({ for: 4, against: 2, abstain: 1 })).toBe(true);
    expect(carried({ for: 3, against: 2, abstain: 2 })).toBe(false);
  });
  it('derives implementation status from progress', () => {
    expect([0, 40, 100].map(implementationStatus)).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'DONE']);
  });
  it('refuses an empty plan, a seatless group and a group named twice', () => {
    expect(seatPlanProblems([])).toHaveLength(1);
    expect(seatPlanProblems([{ group: '本地居民', seats: 0 }])).toHaveLength(1);
    expect(
      seatPlanProblems([
        { group: '本地居民', seats: 6 },
        { group: '本地居民', seats: 6 },
      ]),
    ).toHaveLength(1);
    expect(
      seatPlanProblems([
        { group: '本地居民', seats: 6 },
        { group: '来穗人员', seats: 6 },
        { group: '街道代表', seats: 1 },
      ]),
    ).toEqual([]);
  });
});
