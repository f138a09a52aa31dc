import type { Viewer } from './roles';
import { DisclosureError, disclosedAverage, disclosedRate, finerThanStatisticsCell, sensitiveCount, sensitiveSum, statisticsMonths, SUPPRESS_BELOW } from './disclosure';

const viewer = (roles: Viewer['roles']): Viewer => ({ id: 'x', name: 'x', roles, areas: ['440118'], orgs: [], requestId: 'r' });

describe('a sensitive count', () => {
  it('is exact for staff', () => {
    expect(sensitiveCount(viewer(['COMMUNITY_WORKER']), 3)).toEqual({ value: 3, suppressed: false });
    expect(sensitiveCount(viewer(['INTEGRATOR', 'DISTRICT_ADMIN']), 0)).toEqual({ value: 0, suppressed: false });
  });

  it('is withheld from integrators below 5, zero included', () => {
    for (const n of [0, 1, 4]) expect(sensitiveCount(viewer(['INTEGRATOR']), n)).toEqual({ value: null, suppressed: true });
  });

  it('is rounded to the nearest 5 for integrators from 5 on, so sibling subtraction cannot recover a small group', () => {
    expect(sensitiveCount(viewer(['INTEGRATOR']), 5).value).toBe(5);
    expect(sensitiveCount(viewer(['INTEGRATOR']), 7).value).toBe(5);
    expect(sensitiveCount(viewer(['INTEGRATOR']), 8).value).toBe(10);
    expect(sensitiveCount(viewer(['OPS']), 161).value).toBe(160);
    // a parent of 12 with a sibling of 9: 10 − 10 = 0 says nothing about the suppressed child of 3
    expect(sensitiveCount(viewer(['INTEGRATOR']), 12).value! - sensitiveCount(viewer(['INTEGRATOR']), 9).value!).toBe(0);
  });
});

describe('derived figures', () => {
  const integrator = viewer(['INTEGRATOR']);
  const worker = viewer(['COMMUNITY_WORKER']);

  it('withholds a rate when either of its counts is withheld', () => {
    expect(disclosedRate(integrator, sensitiveCount(integrator, 3), sensitiveCount(integrator, 40))).toBeNull();
    expect(disclosedRate(integrator, sensitiveCount(integrator, 30), sensitiveCount(integrator, 4))).toBeNull();
    expect(disclosedRate(integrator, sensitiveCount(integrator, 30), sensitiveCount(integrator, 40))).toBe(0.75);
    expect(disclosedRate(worker, sensitiveCount(worker, 3), sensitiveCount(worker, 7))).toBeCloseTo(3 / 7);
  });

  it('withholds an average over fewer than 5 and rounds the rest to whole units, so 94 days over 7 cases does not say 7', () => {
    expect(disclosedAverage(integrator, 10, 4)).toBeNull();
    expect(disclosedAverage(integrator, 94, 7)).toBe(13);
    expect(disclosedAverage(integrator, 91, 7)).toBe(13);
    expect(disclosedAverage(worker, 94, 7)).toBeCloseTo(13.428571, 5);
  });

  it('asks statistics-only callers for whole calendar months, and lets staff ask any period', () => {
    expect(statisticsMonths(integrator, { from: '2025-11-01', to: '2026-02-28' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(() => statisticsMonths(integrator, { from: '2025-11-02', to: '2025-11-30' })).toThrow(DisclosureError);
    expect(() => statisticsMonths(integrator, { from: '2025-11-01', to: '2025-11-29' })).toThrow(DisclosureError);
    expect(statisticsMonths(worker, { from: '2025-11-02', to: '2025-12-03' })).toEqual(['2025-11', '2025-12']);
  });

  it('withholds sensitive figures of a grid from statistics-only callers, not of a community', () => {
    expect(finerThanStatisticsCell(integrator, '440118001001001')).toBe(true);
    expect(finerThanStatisticsCell(integrator, '440118001001')).toBe(false);
    expect(finerThanStatisticsCell(worker, '440118001001001')).toBe(false);
  });
});

/**
 * The differencing attack, run for real: a street of four communities over six months, with
 * many small cells. The attacker reads every figure a statistics-only caller may ask for (each
 * community and the street, over every run of whole months) and tries, for every withheld
 * cell, which of its possible true values (0–4) explains what was published. The cell is
 * recovered when only one does.
 */
describe('differencing a street, its communities and its periods', () => {
  const integrator = viewer(['INTEGRATOR']);
  const COMMUNITIES = 4;
  const MONTHS = 6;

  function district(seed: number): number[][] {
    let state = seed;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // a mix of empty, small and larger cells, as dispute counts are
    return Array.from({ length: COMMUNITIES }, () => Array.from({ length: MONTHS }, () => (random() < 0.5 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 20))));
  }

  /** Every figure the caller can ask for: each community and the street, over each run of months. */
  function published(cells: number[][], figure: (cells: number[]) => number | null): string {
    const answers: (number | null)[] = [];
    const areas = [...cells.map((_, c) => [c]), cells.map((_, c) => c)];
    for (const area of areas)
      for (let from = 0; from < MONTHS; from++)
        for (let to = from; to < MONTHS; to++) answers.push(figure(area.flatMap((c) => cells[c].slice(from, to + 1))));
    return JSON.stringify(answers);
  }

  /** For each withheld cell: the true values that explain everything published. */
  function candidates(cells: number[][], figure: (cells: number[]) => number | null): number[][] {
    const seen = published(cells, figure);
    const result: number[][] = [];
    for (let c = 0; c < COMMUNITIES; c++)
      for (let m = 0; m < MONTHS; m++) {
        if (cells[c][m] >= SUPPRESS_BELOW) continue;
        const fits: number[] = [];
        for (let v = 0; v < SUPPRESS_BELOW; v++) {
          const other = cells.map((row) => [...row]);
          other[c][m] = v;
          if (published(other, figure) === seen) fits.push(v);
        }
        result.push(fits);
      }
    return result;
  }

  const sumOfPublishedCells = (cells: number[]) => sensitiveSum(integrator, cells).value;
  const roundedTotal = (cells: number[]) => sensitiveCount(integrator, cells.reduce((a, b) => a + b, 0)).value;

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('recovers no withheld cell of district %i: every value from 0 to 4 explains what was published', (seed) => {
    const cells = district(seed);
    const withheld = candidates(cells, sumOfPublishedCells);
    expect(withheld.length).toBeGreaterThan(0);
    for (const fits of withheld) expect(fits).toEqual([0, 1, 2, 3, 4]);
  });

  it('would recover withheld cells, or narrow them, if parents and periods were rounded totals instead of sums of published cells', () => {
    const narrowed = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => candidates(district(seed), roundedTotal)).filter((fits) => fits.length < SUPPRESS_BELOW);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.some((fits) => fits.length === 1)).toBe(true);
  });
});
