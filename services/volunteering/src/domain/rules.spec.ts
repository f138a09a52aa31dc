import { Validation } from '@linli/domain';
import { chinaDay, checkActivityTime, countedMinutes, hoursOf, missingSkills, normalizeSkills, servedMinutes } from './rules';

describe('volunteering rules', () => {
  it('normalises skills to trimmed lower-case tags without duplicates', () => {
    const v = new Validation();
    expect(normalizeSkills([' Driving', 'first-aid', 'driving '], ['input', 'skills'], v)).toEqual(['driving', 'first-aid']);
    expect(v.errors).toEqual([]);
  });

  it('refuses an empty skill and too many skills', () => {
    const v = new Validation();
    normalizeSkills(['', 'x'], ['input', 'skills'], v);
    normalizeSkills(Array.from({ length: 21 }, (_, i) => `s${i}`), ['input', 'skills'], v);
    expect(v.errors.map((e) => e.code)).toEqual(['SKILL_INVALID', 'TOO_MANY_SKILLS']);
  });

  it('names the required skills a volunteer lacks', () => {
    expect(missingSkills(['driving', 'first-aid'], ['first-aid'])).toEqual(['driving']);
    expect(missingSkills([], [])).toEqual([]);
  });

  it('counts whole minutes from check-in to check-out and prefers the organiser’s correction', () => {
    expect(servedMinutes(new Date('2026-01-01T08:00:00Z'), new Date('2026-01-01T10:30:59Z'))).toBe(150);
    expect(countedMinutes({ recordedMinutes: 150, adjustedMinutes: null })).toBe(150);
    expect(countedMinutes({ recordedMinutes: 150, adjustedMinutes: 120 })).toBe(120);
    expect(hoursOf(100)).toBe(1.67);
  });

  it('serves hours on the China Standard Time day', () => {
    expect(chinaDay(new Date('2026-01-01T17:00:00Z'))).toBe('2026-01-02');
    expect(chinaDay(new Date('2026-01-01T15:59:00Z'))).toBe('2026-01-01');
  });

  it('refuses an activity that ends before it starts or lasts more than a week', () => {
    const v = new Validation();
    checkActivityTime(new Date('2026-01-02T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), v);
    checkActivityTime(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-09T00:00:00Z'), v);
    checkActivityTime(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T03:00:00Z'), v);
    expect(v.errors.map((e) => e.code)).toEqual(['ENDS_BEFORE_START', 'ACTIVITY_TOO_LONG']);
  });
});
