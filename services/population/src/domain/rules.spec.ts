import type { Viewer } from '@linli/auth';
import { ageOn, birthBounds, fullMonthsBetween, ID_NUMBER_SHAPE, maskDocumentNumber, maskPermitNumber, mayReveal, nextVisitDue, NOBODY, normalizeNumber, PERMIT_NUMBER, pointsForMinutes, reachOf, revealRole, suppressible, visibleLength } from './rules';

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

describe('personal data rules', () => {
  it('counts only the characters a reader of the audit can see in a reason', () => {
    expect(visibleLength('核实身份')).toBe(4);
    expect(visibleLength(' \u200B\u200C\u200D\uFEFF\u2060 ')).toBe(0);
    expect(visibleLength('\u0007a\tb\u00AD')).toBe(2);
    expect(visibleLength('办理 居住证')).toBe(5);
  });

  it('accepts a permit number of 2 to 4 letters and 8 to 14 digits, never an ID number', () => {
    expect(PERMIT_NUMBER.test('GZ4401180001')).toBe(true);
    expect(PERMIT_NUMBER.test('GZ44011819900315123')).toBe(false);
    expect(PERMIT_NUMBER.test('44011819900315123X')).toBe(false);
    expect(ID_NUMBER_SHAPE.test(normalizeNumber('440118 19900315 123x'))).toBe(true);
    expect(maskPermitNumber('GZ4401180001')).toBe('GZ******0001');
    expect(maskDocumentNumber('44011819900315123X')).toBe('440118********123X');
    expect(maskDocumentNumber('E12345678')).toBe('E1*****78');
    expect(maskDocumentNumber('E1234')).toBe('*****');
  });

  it('limits a caller whose only row role is VOLUNTEER to their own record, and nobody without the claim', () => {
    const base = { id: 'v', name: 'v', areas: ['440118001001'], orgs: [], requestId: 'r' };
    expect(reachOf({ ...base, roles: ['VOLUNTEER'], personId: 'p' })).toEqual({ areas: base.areas, person: 'p' });
    expect(reachOf({ ...base, roles: ['VOLUNTEER'] }).person).toBe(NOBODY);
    expect(reachOf({ ...base, roles: ['VOLUNTEER', 'INTEGRATOR'], personId: 'p' }).person).toBe('p');
    expect(reachOf({ ...base, roles: ['VOLUNTEER', 'GRID_WORKER'], personId: 'p' })).toEqual({ areas: base.areas });
    expect(mayReveal({ ...base, roles: ['GRID_WORKER'] })).toBe(false);
    expect(mayReveal({ ...base, roles: ['COMMUNITY_WORKER'] })).toBe(true);
  });
});
