import { readIdNumber } from '@linli/domain';
import { demoDistrict, FENGXINYUAN } from './district';
import { demoId } from './random';

describe('the demo district', () => {
  const d = demoDistrict();

  it('has the size the issues ask for: 2 streets, 4 communities, 20 grids, 200 buildings, 2,000 houses, 5,000 persons', () => {
    const count = (level: string) => d.areas.filter((a) => a.level === level).length;
    expect([count('STREET'), count('COMMUNITY'), count('GRID')]).toEqual([2, 4, 20]);
    expect(d.buildings).toHaveLength(200);
    expect(d.houses).toHaveLength(2000);
    expect(d.persons).toHaveLength(5000);
  });

  it('gives every person a valid, unique ID number matching their birth date and sex', () => {
    expect(new Set(d.persons.map((p) => p.idNumber)).size).toBe(d.persons.length);
    for (const p of d.persons) expect(readIdNumber(p.idNumber)).toEqual({ birthDate: p.birthDate, sex: p.sex });
  });

  it('is about 60 % migrants overall and about 82 % in Fengxinyuan', () => {
    const share = (people: typeof d.persons) => people.filter((p) => p.householdType === 'MIGRANT').length / people.length;
    expect(share(d.persons)).toBeGreaterThan(0.55);
    expect(share(d.persons)).toBeLessThan(0.65);
    expect(share(d.persons.filter((p) => p.gridCode.startsWith(FENGXINYUAN)))).toBeGreaterThan(0.77);
  });

  it('names every record by a stable id, so services seed the same people and houses', () => {
    expect(demoId('person', 0)).toBe(demoId('person', 0));
    expect(d.persons[0].id).toBe(demoId('person', 0));
    expect(demoId('person', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(demoId('person', 0)).not.toBe(demoId('person', 1));
  });
});
