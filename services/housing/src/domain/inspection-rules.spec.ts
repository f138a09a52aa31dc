import { Validation } from '@linli/domain';
import { checkInspection, checkRectification, hazardStatus } from './inspection-rules';
import { checkRating } from './estate-rules';
import { isGroupRentalRisk } from './place-rules';

const ITEMS = ['FIRE_SAFETY', 'GAS'];

describe('checkInspection', () => {
  it('accepts every active item answered once, a hazard on a failed item with a deadline on the inspection day', () => {
    const v = new Validation();
    checkInspection(
      {
        inspectedOn: '2025-03-01',
        results: [
          { itemCode: 'FIRE_SAFETY', passed: true },
          { itemCode: 'GAS', passed: false, hazard: { description: '软管老化', severity: 'HIGH', deadline: '2025-03-01' } },
        ],
      },
      ITEMS,
      ITEMS,
      '2025-03-02',
      v,
    );
    expect(v.errors).toEqual([]);
  });

  it('refuses an item answered twice and one left out', () => {
    const v = new Validation();
    checkInspection(
      {
        inspectedOn: '2025-03-01',
        results: [
          { itemCode: 'GAS', passed: true },
          { itemCode: 'GAS', passed: true },
        ],
      },
      ITEMS,
      ITEMS,
      '2025-03-02',
      v,
    );
    expect(v.errors.map((e) => e.code).sort()).toEqual(['CHECKLIST_INCOMPLETE', 'CHECKLIST_ITEM_REPEATED']);
  });
});

describe('checkRectification', () => {
  it('refuses an empty note and a day before the report', () => {
    const v = new Validation();
    checkRectification({ rectifiedOn: '2025-02-28', note: ' ' }, '2025-03-01', '2025-03-05', v);
    expect(v.errors.map((e) => e.code).sort()).toEqual(['NOTE_REQUIRED', 'RECTIFIED_BEFORE_REPORTED']);
  });
});

describe('hazardStatus', () => {
  it('is open through its deadline day, overdue the day after, rectified once rectified', () => {
    expect(hazardStatus({ rectifiedOn: null, deadline: '2025-03-10' }, '2025-03-10')).toBe('OPEN');
    expect(hazardStatus({ rectifiedOn: null, deadline: '2025-03-10' }, '2025-03-11')).toBe('OVERDUE');
    expect(hazardStatus({ rectifiedOn: '2025-03-12', deadline: '2025-03-10' }, '2025-03-20')).toBe('RECTIFIED');
  });
});

describe('checkRating', () => {
  it('refuses a rating for a year not yet come and one given before its year', () => {
    const v = new Validation();
    checkRating({ year: 2026, stars: 3, ratedOn: '2025-12-01' }, '2025-12-31', v);
    expect(v.errors.map((e) => e.code)).toEqual(['OUT_OF_RANGE']);
    const w = new Validation();
    checkRating({ year: 2025, stars: 3, ratedOn: '2024-12-01' }, '2025-12-31', w);
    expect(w.errors.map((e) => e.code)).toEqual(['RATED_BEFORE_YEAR']);
  });
});

describe('isGroupRentalRisk', () => {
  it('flags occupants beyond rooms times the ratio, not at it', () => {
    expect(isGroupRentalRisk(4, 2, 2)).toBe(false);
    expect(isGroupRentalRisk(5, 2, 2)).toBe(true);
    expect(isGroupRentalRisk(1, 0, 2)).toBe(true);
  });
});
