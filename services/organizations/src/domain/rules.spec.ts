import { Validation } from '@linli/domain';
import { BOUNDS, checkBound, checkFen, organizationMayBecome, projectMayBecome, seriesDates } from './rules';

describe('the organization life cycle', () => {
  it('lets an active organization be suspended and resume', () => {
    expect(organizationMayBecome('ACTIVE', 'SUSPENDED')).toBe(true);
    expect(organizationMayBecome('SUSPENDED', 'ACTIVE')).toBe(true);
  });

  it('lets an active or suspended organization be deregistered', () => {
    expect(organizationMayBecome('ACTIVE', 'DEREGISTERED')).toBe(true);
    expect(organizationMayBecome('SUSPENDED', 'DEREGISTERED')).toBe(true);
  });

  it('allows no step out of deregistration and no step to the same status', () => {
    expect(organizationMayBecome('DEREGISTERED', 'ACTIVE')).toBe(false);
    expect(organizationMayBecome('DEREGISTERED', 'SUSPENDED')).toBe(false);
    expect(organizationMayBecome('ACTIVE', 'ACTIVE')).toBe(false);
  });
});

describe('the project life cycle', () => {
  it('runs planned → running → completed', () => {
    expect(projectMayBecome('PLANNED', 'RUNNING')).toBe(true);
    expect(projectMayBecome('RUNNING', 'COMPLETED')).toBe(true);
  });

  it('cancels only before completion and never reopens', () => {
    expect(projectMayBecome('PLANNED', 'CANCELLED')).toBe(true);
    expect(projectMayBecome('RUNNING', 'CANCELLED')).toBe(true);
    expect(projectMayBecome('COMPLETED', 'CANCELLED')).toBe(false);
    expect(projectMayBecome('CANCELLED', 'RUNNING')).toBe(false);
    expect(projectMayBecome('PLANNED', 'COMPLETED')).toBe(false);
  });
});

describe('amounts in fen', () => {
  const codes = (value: unknown) => {
    const v = new Validation();
    checkFen(value, BOUNDS.donationFen, ['input', 'amountFen'], v);
    return v.errors.map((e) => e.code);
  };

  it('accepts a whole, positive number of fen up to the bound', () => {
    expect(codes(1)).toEqual([]);
    expect(codes(BOUNDS.donationFen.max)).toEqual([]);
  });

  it('refuses a fraction of a fen, a negative amount and zero', () => {
    expect(codes(12.5)).toEqual(['AMOUNT_FRACTIONAL_FEN']);
    expect(codes(-100)).toEqual(['AMOUNT_NOT_POSITIVE']);
    expect(codes(0)).toEqual(['AMOUNT_NOT_POSITIVE']);
  });

  it('refuses an amount above its bound, and one beyond what a JSON number holds exactly, as OUT_OF_RANGE', () => {
    expect(codes(BOUNDS.donationFen.max + 1)).toEqual(['OUT_OF_RANGE']);
    expect(codes(2 ** 53)).toEqual(['OUT_OF_RANGE']);
  });
});

describe('bounded counts', () => {
  const codes = (value: number) => {
    const v = new Validation();
    checkBound(value, BOUNDS.participants, ['input', 'participants'], 'PARTICIPANTS_INVALID', 'participants', v);
    return v.errors.map((e) => e.code);
  };

  it('accepts both ends of the bound', () => {
    expect(codes(0)).toEqual([]);
    expect(codes(BOUNDS.participants.max)).toEqual([]);
  });

  it('names a value below the bound by its own code and one above it OUT_OF_RANGE', () => {
    expect(codes(-1)).toEqual(['PARTICIPANTS_INVALID']);
    expect(codes(2.5)).toEqual(['PARTICIPANTS_INVALID']);
    expect(codes(BOUNDS.participants.max + 1)).toEqual(['OUT_OF_RANGE']);
    expect(codes(2_147_483_647)).toEqual(['OUT_OF_RANGE']);
  });
});

describe('the dates of a regular event', () => {
  it('steps a weekly event by seven days, both ends included', () => {
    expect(seriesDates('2026-03-02', '2026-03-23', 'WEEKLY')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
  });

  it('keeps a monthly event on the 31st, on the last day of shorter months', () => {
    expect(seriesDates('2026-01-31', '2026-05-31', 'MONTHLY')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });

  it('moves a yearly event on 29 February to the 28th in common years', () => {
    expect(seriesDates('2024-02-29', '2028-03-01', 'YEARLY')).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('stops one past the limit so an over-long series can be refused', () => {
    expect(seriesDates('2020-01-01', '2026-01-01', 'WEEKLY', 10)).toHaveLength(11);
  });

  it('gives nothing when the series ends before it begins', () => {
    expect(seriesDates('2026-05-01', '2026-04-30', 'MONTHLY')).toEqual([]);
  });
});
