import type { PeriodInput } from '@linli/client';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The last n calendar months up to and including the current one, oldest first; the current month ends today. */
export function lastMonths(n: number, today = new Date()): { month: string; period: PeriodInput }[] {
  const months: { month: string; period: PeriodInput }[] = [];
  for (let back = n - 1; back >= 0; back--) {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    const last =
      back === 0
        ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
        : new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    months.push({ month: iso(first).slice(0, 7), period: { from: iso(first), to: iso(last) } });
  }
  return months;
}
