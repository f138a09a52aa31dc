/** What the dashboard reads from the caller's token (the gateway verifies it; this only shapes the screen). */
export interface Session {
  token: string;
  subject: string;
  name: string;
  roles: string[];
  areas: string[];
  /** Seconds since the epoch. */
  expiresAt: number | null;
}

const STORAGE_KEY = 'linli.token';

function decodePart(part: string): Record<string, unknown> {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** Reads a pasted token; throws with the reason when it is not a token or has expired. */
export function sessionFromToken(raw: string, now = Date.now()): Session {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('not-a-token');
  let claims: Record<string, unknown>;
  try {
    claims = decodePart(parts[1]);
  } catch {
    throw new Error('not-a-token');
  }
  const expiresAt = typeof claims.exp === 'number' ? claims.exp : null;
  if (expiresAt !== null && expiresAt * 1000 <= now) throw new Error('expired');
  return {
    token,
    subject: String(claims.sub ?? ''),
    name: typeof claims.name === 'string' ? claims.name : String(claims.sub ?? ''),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    areas: Array.isArray(claims.areas) ? claims.areas.map(String) : [],
    expiresAt,
  };
}

/** Statistics-only callers (the district's data team) see figures, never lists of people or houses. */
export function statisticsOnly(session: Session): boolean {
  return session.roles.length > 0 && session.roles.every((role) => role === 'INTEGRATOR' || role === 'OPS');
}

export function storedToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(STORAGE_KEY, token);
  else sessionStorage.removeItem(STORAGE_KEY);
}
