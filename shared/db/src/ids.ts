const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can name a row at all: ids are UUIDs, anything else names nothing. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Whether a value can be a code key (an area, department or category code): text of at most 64
 * characters without a NUL byte. Loaders keyed by codes pass it as `valid`, since the default
 * lets only UUIDs through.
 */
export function isCode(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 && !value.includes('\u0000');
}
