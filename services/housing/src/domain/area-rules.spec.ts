import { Validation } from '@linli/domain';
import { checkNewArea } from './area-rules';

describe('checkNewArea', () => {
  it('derives a grid’s level and community from its 15-digit code', () => {
    const v = new Validation();
    expect(checkNewArea({ code: '440118001001001', name: '第一网格' }, v)).toEqual({ level: 'GRID', parentCode: '440118001001' });
    expect(v.failed).toBe(false);
  });

  it('refuses a code of a length no level has', () => {
    const v = new Validation();
    expect(checkNewArea({ code: '4401180011', name: 'x' }, v)).toBeNull();
    expect(v.errors.map((e) => e.code)).toEqual(['AREA_CODE_INVALID']);
  });

  it('refuses letters in a code and an empty name together', () => {
    const v = new Validation();
    checkNewArea({ code: '44011800100a', name: ' ' }, v);
    expect(v.errors.map((e) => e.code).sort()).toEqual(['AREA_CODE_INVALID', 'NAME_INVALID']);
  });

  it('refuses a grid stated to lie in a community its code does not begin with', () => {
    const v = new Validation();
    expect(checkNewArea({ code: '440118001002001', name: '网格', parentCode: '440118001001' }, v)).toBeNull();
    expect(v.errors).toEqual([expect.objectContaining({ field: ['input', 'parentCode'], code: 'GRID_NOT_IN_COMMUNITY' })]);
  });

  it('refuses a code whose length does not match the stated level', () => {
    const v = new Validation();
    expect(checkNewArea({ code: '440118001', name: '街道', level: 'COMMUNITY' }, v)).toBeNull();
    expect(v.errors.map((e) => e.code)).toEqual(['AREA_CODE_LENGTH_WRONG']);
  });

  it('accepts a stated parent and level that agree with the code', () => {
    const v = new Validation();
    expect(checkNewArea({ code: '440118002', name: '增江街道', parentCode: '440118', level: 'STREET' }, v)).toEqual({ level: 'STREET', parentCode: '440118' });
  });
});
