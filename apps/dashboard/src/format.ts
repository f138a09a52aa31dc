/** How figures appear on screen; the browser test formats the API's answers the same way. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function formatHours(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

export function formatSuppressible(count: { value?: number | null; suppressed: boolean } | null | undefined, suppressedText = '<5'): string {
  if (!count) return '—';
  return count.suppressed ? suppressedText : formatCount(count.value);
}
