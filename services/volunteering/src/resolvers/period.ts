import { GraphQLError } from 'graphql';
import { defaultPeriod, type Period } from '@linli/domain';

/** The period asked for, or this year to date; a period that ends before it starts is a caller error. */
export function periodOf(input: Period | null | undefined): Period {
  const period = input ?? defaultPeriod();
  if (period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
  return period;
}

/** The most points a series may have (ten years of months). */
export const MAX_SERIES_POINTS = 120;

/** How many points a series of the period has, one per calendar month, quarter or year it touches. */
export function seriesPoints(period: Period, every: 'MONTH' | 'QUARTER' | 'YEAR'): number {
  const [fromYear, fromMonth] = period.from.split('-').map(Number);
  const [toYear, toMonth] = period.to.split('-').map(Number);
  if (every === 'YEAR') return toYear - fromYear + 1;
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  if (every === 'MONTH') return months + 1;
  return (toYear - fromYear) * 4 + (Math.floor((toMonth - 1) / 3) - Math.floor((fromMonth - 1) / 3)) + 1;
}
