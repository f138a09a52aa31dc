import { levelOf, parentCode, Validation, type AreaLevel } from '@linli/domain';

export interface NewArea {
  code: string;
  name: string;
}

/**
 * The shape rules of a new area code, before anything is looked up: digits only, a known
 * length, a non-empty name. Returns the level and the parent code the code implies.
 */
export function checkNewArea(input: NewArea, v: Validation): { level: AreaLevel; parentCode: string | null } | null {
  const level = levelOf(input.code);
  v.check(input.name.trim().length > 0 && input.name.length <= 100, ['input', 'name'], 'NAME_INVALID', 'name must be 1 to 100 characters');
  if (!v.check(level !== null, ['input', 'code'], 'AREA_CODE_INVALID', 'code must be 6, 9, 12 or 15 digits (district, street, community, grid)')) return null;
  return { level: level!, parentCode: parentCode(input.code) };
}
