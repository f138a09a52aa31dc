import { isStatisticsOnly, sensitiveCount, type SuppressibleCount, type Viewer } from '@linli/auth';

/**
 * The disclosure rule for figures derived from sensitive counts (dispute cases): a rate or an
 * average is withheld whenever a count it is made of is withheld, and what a statistics-only
 * caller receives is computed from what they may see, so no derived figure gives back a count
 * that was rounded or withheld. Staff see exact figures for their areas. Written to the shape
 * of the kernel's disclosure helpers so it can be swapped for them one to one.
 */

/** `part` over `whole` (0 to 1), or null when nothing is in the whole or a count behind it is withheld. */
export function disclosedRate(viewer: Viewer, part: number, whole: number): number | null {
  if (!isStatisticsOnly(viewer)) return whole > 0 ? part / whole : null;
  const shown = sensitiveCount(viewer, part);
  const total = sensitiveCount(viewer, whole);
  // the rest (whole − part) is a count as well: a rate next to two shown counts would give it away
  const rest = sensitiveCount(viewer, whole - part);
  if (shown.suppressed || total.suppressed || rest.suppressed || !total.value) return null;
  return shown.value! / total.value;
}

/**
 * A mean over `count` sensitive records, or null when there are none or the count is withheld.
 * Statistics-only callers get it in whole units (days), so its decimals cannot betray the count.
 */
export function disclosedAverage(viewer: Viewer, average: number | null, count: number): number | null {
  if (average === null || count === 0) return null;
  if (!isStatisticsOnly(viewer)) return average;
  return sensitiveCount(viewer, count).suppressed ? null : Math.round(average);
}

export const disclosedCount = (viewer: Viewer, count: number): SuppressibleCount => sensitiveCount(viewer, count);
