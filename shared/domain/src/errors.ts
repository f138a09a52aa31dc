/** Something the user can fix: it names the input field, a stable code and a sentence. */
export interface UserError {
  field: string[];
  code: string;
  message: string;
}

/**
 * Thrown by the domain layer to refuse a change. Thrown inside the transaction, it rolls
 * back everything written so far; the resolver turns it into the payload's userErrors.
 */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }
}

/** Raised when the caller may not do or see something; becomes a FORBIDDEN GraphQL error. */
export class ForbiddenError extends Error {
  constructor(message = 'you may not do this') {
    super(message);
  }
}

/** Raised when a row does not exist or lies outside the caller's scope (indistinguishable on purpose). */
export class NotFoundError extends Error {}

/** Collects every problem with an input before refusing it, so the user sees them all at once. */
export class Validation {
  readonly errors: UserError[] = [];

  /** Records an error when ok is false; returns ok so callers can skip dependent checks. */
  check(ok: boolean, field: string | string[], code: string, message: string): boolean {
    if (!ok) this.add(field, code, message);
    return ok;
  }

  add(field: string | string[], code: string, message: string): void {
    this.errors.push({ field: Array.isArray(field) ? field : field.split('.'), code, message });
  }

  /**
   * Records OUT_OF_RANGE unless a number lies within [min, max] (a whole number when `integer`),
   * the one way every service refuses an implausible number; returns whether it did.
   */
  inRange(field: string | string[], value: number, bound: { min: number; max: number; integer?: boolean }, what: string): boolean {
    const ok = Number.isFinite(value) && value >= bound.min && value <= bound.max && (!bound.integer || Number.isInteger(value));
    const range = `${bound.min.toLocaleString('en-US')} to ${bound.max.toLocaleString('en-US')}`;
    return this.check(ok, field, 'OUT_OF_RANGE', `${what} must be ${bound.integer ? 'a whole number from ' : 'from '}${range}; got ${value}`);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  throwIfAny(): void {
    if (this.failed) throw new UserErrorsException([...this.errors]);
  }
}

/** Refuses with a single error. */
export function refuse(field: string | string[], code: string, message: string): never {
  const v = new Validation();
  v.add(field, code, message);
  return v.throwIfAny() as never;
}
