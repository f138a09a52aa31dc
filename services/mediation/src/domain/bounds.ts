import type { Validation } from '@linli/domain';

/**
 * The plausible range of every number and list an input may carry; anything outside is refused
 * with OUT_OF_RANGE naming the field (the bounds are written in the schema's descriptions too).
 * They keep statistics meaningful and every figure far from any overflow.
 */
export const BOUNDS = {
  /** An evaluation's score. */
  score: { min: 1, max: 5 },
  /** Days a department has to handle a category of incident. */
  timeLimitDays: { min: 1, max: 365 },
  /** Seats of one group in a council's seat plan. */
  seats: { min: 1, max: 99 },
  /** Groups in a council's seat plan. */
  seatGroups: { min: 1, max: 20 },
  /** Per cent of a resolution carried out. */
  progress: { min: 0, max: 100 },
  /** Parties to one dispute. */
  parties: { min: 0, max: 50 },
  /** Mediators assigned at intake. */
  mediators: { min: 0, max: 20 },
  /** Attendees of one session or meeting. */
  attendees: { min: 0, max: 200 },
  /** Stakeholders named on one topic. */
  stakeholders: { min: 0, max: 30 },
  /** Topics discussed at one meeting. */
  topics: { min: 0, max: 50 },
  /** Days from dispatch to an incident's deadline. */
  deadlineDays: { min: 0, max: 365 },
  /** Days from an agreement to its fulfillment deadline (five years). */
  fulfillmentDays: { min: 0, max: 1826 },
} as const;

export type Bound = keyof typeof BOUNDS;

/** Checks a number (or a list's length) against its bound; false (with OUT_OF_RANGE) when outside it. */
export function inBounds(v: Validation, bound: Bound, value: number, field: string[], what: string = bound): boolean {
  return v.inRange(field, value, { ...BOUNDS[bound], integer: true }, what);
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
