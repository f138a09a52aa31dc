import { GraphQLError } from 'graphql';
import { defaultPeriod, type Period } from '@linli/domain';

/** The period asked for, or this year to date; a period that ends before it starts is a caller error. */
export function periodOf(input: Period | null | undefined): Period {
  const period = input ?? defaultPeriod();
  if (period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
  return period;
}
