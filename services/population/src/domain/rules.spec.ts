import type { Viewer } from '@linli/auth';
import { ageOn, birthBounds, fullMonthsBetween, nextVisitDue, pointsForMinutes, revealRole, suppressible } from './rules';

const viewer = (roles: Viewer['roles']): Viewer => ({ id: 'u', name: 'u', roles, areas: ['440118'], orgs: [], requestId: 'r' });

describe('population rules', () => {
  it('counts a month of residence complete only on the same day of a later month', () => {
    expect(fullMonthsBetween('2024-01-15', '2024-02-14')).toBe(0);
    expect(fullMonthsBetween('2024-01-15', '2024-02-15')).toBe(1);
    expect(fullMonthsBetween('2023-12-31', '2025-01-01')).toBe(12);
    expect(fullMonthsBetween('2025-01-01', '2024-01-01')).toBe(0);
  });

  it('awards one point per full half hour of volunteer service', () => {
    expect(pointsForMinutes(29)).toBe(0);
    expect(pointsForMinutes(30)).toBe(1);
    expect(pointsForMinutes(125)).toBe(4);
  });

  it('computes age in whole years, a birthday counting on its day', () => {
    expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
  });

  it('turns an age range into birth-date bounds that include both ends', () => {
    const { bornOnOrBefore, bornAfter } = birthBounds('2025-06-15', 18, 30);
    expect(bornOnOrBefore).toBe('2007-06-15');
    expect(bornAfter).toBe('1994-06-15');
    expect(ageOn('2007-06-15', '2025-06-15')).toBe(18);
    expect(ageOn('1994-06-16', '2025-06-15')).toBe(30);
    expect(birthBounds('2024-02-29', 1, null).bornOnOrBefore).toBe('2023-02-28');
  });

  it('withholds small sensitive counts from statistics-only callers only', () => {
    expect(suppressible(4, viewer(['INTEGRATOR']))).toEqual({ value: null, suppressed: true });
    expect(suppressible(5, viewer(['INTEGRATOR']))).toEqual({ value: 5, suppressed: false });
    expect(suppressible(2, viewer(['COMMUNITY_WORKER']))).toEqual({ value: 2, suppressed: false });
  });

  it('counts the next visit from the last visit, else from moving in, and not at all without a residence', () => {
    expect(nextVisitDue('2025-01-01', '2020-01-01', 7)).toBe('2025-01-08');
    expect(nextVisitDue(null, '2025-01-01', 30)).toBe('2025-01-31');
    expect(nextVisitDue(null, null, 7)).toBeNull();
  });

  it('lets only serving roles reveal personal data, never integrators, ops or volunteers', () => {
    expect(revealRole(viewer(['COMMUNITY_WORKER']))).toBe('COMMUNITY_WORKER');
    expect(revealRole(viewer(['VOLUNTEER', 'STREET_ADMIN']))).toBe('STREET_ADMIN');
    for (const role of ['INTEGRATOR', 'OPS', 'VOLUNTEER', 'GRID_WORKER', 'MEDIATOR', 'ORG_STAFF'] as const) expect(revealRole(viewer([role]))).toBeNull();
  });
});
