import { formatCount, formatHours, formatRate, formatSuppressible } from '../src/format';
import { lastMonths } from '../src/periods';

describe('the dashboard’s trend months', () => {
  it('are the last six calendar months, oldest first, the current one ending today', () => {
    const months = lastMonths(6, new Date('2026-12-01T22:00:00Z'));
    expect(months.map((m) => m.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(months[0].period).toEqual({ from: '2026-07-01', to: '2026-07-31' });
    expect(months[5].period).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('cross a year and end February on its last day', () => {
    const months = lastMonths(3, new Date('2028-03-15T00:00:00Z'));
    expect(months.map((m) => m.period)).toEqual([
      { from: '2028-01-01', to: '2028-01-31' },
      { from: '2028-02-01', to: '2028-02-29' },
      { from: '2028-03-01', to: '2028-03-15' },
    ]);
  });
});

describe('the dashboard’s figures', () => {
  it('show counts as they are, shares as percentages, hours to a tenth, and a dash for none', () => {
    expect([formatCount(1277), formatCount(0), formatCount(null)]).toEqual(['1277', '0', '—']);
    expect([formatRate(0.8267), formatRate(1), formatRate(null)]).toEqual(['82.7%', '100.0%', '—']);
    expect([formatHours(2653.4), formatHours(0)]).toEqual(['2653.4', '0.0']);
  });

  it('show a withheld small count as below five, never as a number', () => {
    expect(formatSuppressible({ value: null, suppressed: true })).toBe('<5');
    expect(formatSuppressible({ value: 20, suppressed: false })).toBe('20');
  });
});
