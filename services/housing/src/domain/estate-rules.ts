import { isIsoDate, Validation, type IsoDate } from '@linli/domain';

export interface Rating {
  year: number;
  stars: number;
  ratedOn: IsoDate;
}

/** A rating is 1–5 whole stars, for a year from 2000 to this year, given on a day in or after that year and not in the future. */
export function checkRating(r: Rating, today: IsoDate, v: Validation): void {
  v.check(Number.isInteger(r.stars) && r.stars >= 1 && r.stars <= 5, ['input', 'stars'], 'OUT_OF_RANGE', 'a rating is 1 to 5 stars');
  const thisYear = Number(today.slice(0, 4));
  const yearOk = v.check(
    Number.isInteger(r.year) && r.year >= 2000 && r.year <= thisYear,
    ['input', 'year'],
    'OUT_OF_RANGE',
    `year must be 2000 to ${thisYear}`,
  );
  if (!v.check(isIsoDate(r.ratedOn), ['input', 'ratedOn'], 'DATE_INVALID', 'ratedOn must be a date YYYY-MM-DD')) return;
  v.check(r.ratedOn <= today, ['input', 'ratedOn'], 'DATE_IN_FUTURE', 'ratedOn cannot be after today');
  if (yearOk)
    v.check(Number(r.ratedOn.slice(0, 4)) >= r.year, ['input', 'ratedOn'], 'RATED_BEFORE_YEAR', `a rating for ${r.year} cannot be given before that year`);
}
