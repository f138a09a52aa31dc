import { parsePeriods, PeriodError } from './periods';

describe('reading periods', () => {
  it('reads a year, a quarter, a month and a day', () => {
    expect(parsePeriods('2026,2026Q3,2024-02,2026-07-15', 10)).toEqual([
      { label: '2026', from: '2026-01-01', to: '2026-12-31' },
      { label: '2026Q3', from: '2026-07-01', to: '2026-09-30' },
      { label: '2024-02', from: '2024-02-01', to: '2024-02-29' },
      { label: '2026-07-15', from: '2026-07-15', to: '2026-07-15' },
    ]);
  });

  it('reads a range as one period and a series as one period per unit, cut to the range', () => {
    expect(parsePeriods('2026-01..2026-03', 10)).toEqual([{ label: '2026-01..2026-03', from: '2026-01-01', to: '2026-03-31' }]);
    expect(parsePeriods('2026-01..2026-11;every=MONTH', 20).map((p) => p.label)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(parsePeriods('2026-02-15..2026-05-10;every=QUARTER', 10)).toEqual([
      { label: '2026Q1', from: '2026-02-15', to: '2026-03-31' },
      { label: '2026Q2', from: '2026-04-01', to: '2026-05-10' },
    ]);
    expect(parsePeriods('2024..2026;every=YEAR', 10).map((p) => p.label)).toEqual(['2024', '2025', '2026']);
  });

  it('refuses what it cannot read, with the reason', () => {
    for (const bad of ['', '2026-13', '2026Q5', '26', '2026-05..2026-01', '2026..2027..2028', '2026;every=WEEK', '1899', '2101-01'])
      expect(() => parsePeriods(bad, 100)).toThrow(PeriodError);
    expect(() => parsePeriods('2020-01..2026-12;every=MONTH', 24)).toThrow(/more than 24 periods/);
  });
});
