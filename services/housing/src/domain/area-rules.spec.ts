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
});
