import { LEVEL_LENGTH, levelOf, parentCode, Validation, type AreaLevel } from '@linli/domain';

export interface NewArea {
  code: string;
  name: string;
  /** What the caller believes the parent is; must be the code's own prefix one level up. */
  parentCode?: string | null;
  /** What the caller believes the level is; must match the code's length. */
  level?: AreaLevel | null;
}

export function checkName(name: string, v: Validation, field = ['input', 'name']): boolean {
  return v.check(name.trim().length > 0 && name.trim().length <= 100, field, 'NAME_INVALID', 'name must be 1 to 100 characters');
}

/**
 * The shape rules of a new area code, before anything is looked up: digits only, a known
 * length (matching the stated level), and a prefix that is the stated parent's code.
 * Returns the level and the parent code the code implies.
 */
export function checkNewArea(input: NewArea, v: Validation): { level: AreaLevel; parentCode: string | null } | null {
  checkName(input.name, v);
  const level = levelOf(input.code);
  if (!v.check(level !== null, ['input', 'code'], 'AREA_CODE_INVALID', 'code must be 6, 9, 12 or 15 digits (district, street, community, grid)')) return null;
  const parent = parentCode(input.code);
  let ok = true;
  if (input.level && input.level !== level)
    ok = v.check(
      false,
      ['input', 'code'],
      'AREA_CODE_LENGTH_WRONG',
      `a ${input.level.toLowerCase()} code has ${LEVEL_LENGTH[input.level]} digits, not ${input.code.length}`,
    );
  if (input.parentCode !== undefined && input.parentCode !== null && input.parentCode !== parent)
    ok = v.check(
      false,
      ['input', 'parentCode'],
      level === 'GRID' ? 'GRID_NOT_IN_COMMUNITY' : 'AREA_CODE_NOT_IN_PARENT',
      `${input.code} does not begin with ${input.parentCode}: its parent would be ${parent ?? 'none'}`,
    );
  return ok ? { level: level!, parentCode: parent } : null;
}
