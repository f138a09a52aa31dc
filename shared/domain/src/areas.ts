/**
 * Area codes: the national statistical division code, 6 digits for a district, 9 for a
 * street, 12 for a community, and a grid is its community's code plus 3 digits (15).
 */
export const AREA_LEVELS = ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const LEVEL_LENGTH: Record<AreaLevel, number> = { DISTRICT: 6, STREET: 9, COMMUNITY: 12, GRID: 15 };

export function levelOf(code: string): AreaLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return AREA_LEVELS.find((level) => LEVEL_LENGTH[level] === code.length) ?? null;
}

export function isAreaCode(code: string): boolean {
  return levelOf(code) !== null;
}

/** The code one level up, or null for a district. */
export function parentCode(code: string): string | null {
  const level = levelOf(code);
  if (!level || level === 'DISTRICT') return null;
  return code.slice(0, LEVEL_LENGTH[AREA_LEVELS[AREA_LEVELS.indexOf(level) - 1]]);
}

/** True when code lies within (or is) ancestor. */
export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}
