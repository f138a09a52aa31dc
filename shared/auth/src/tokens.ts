import { SignJWT, jwtVerify, createRemoteJWKSet, errors, type JWTPayload } from 'jose';
import { isRole, normalizeAreas, type Role, type Viewer } from './roles';

const encoder = new TextEncoder();
const key = (secret: string) => encoder.encode(secret);

/** Raised for any token that cannot be trusted; the message says why, without leaking the token. */
export class TokenError extends Error {}

const INTERNAL_ISSUER = 'linli-gateway';

export interface CallerClaims {
  sub: string;
  name: string;
  roles: Role[];
  areas: string[];
  orgs?: string[];
  personId?: string;
}

/** Mints a caller token as an identity provider would; used by the dev runner, `pnpm token` and tests. */
export async function signCallerToken(claims: CallerClaims, secret: string, expiresIn: string | number = '12h'): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

function viewerFrom(payload: JWTPayload, requestId: string): Viewer {
  const roles = payload.roles;
  const areas = payload.areas;
  if (typeof payload.sub !== 'string' || !payload.sub) throw new TokenError('token has no subject (sub)');
  if (!Array.isArray(roles) || !roles.every(isRole) || roles.length === 0) throw new TokenError('token has no valid roles claim');
  if (!Array.isArray(areas) || !areas.every((a) => typeof a === 'string' && /^\d{6}(\d{3}){0,3}$/.test(a)))
    throw new TokenError('token areas claim must be an array of area codes');
  if (areas.length === 0 && !roles.every((r) => r === 'OPS')) throw new TokenError('token areas claim is empty');
  const orgs = Array.isArray(payload.orgs) ? payload.orgs.filter((o): o is string => typeof o === 'string') : [];
  return {
    id: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : payload.sub,
    roles,
    areas: normalizeAreas(areas),
    orgs,
    personId: typeof payload.personId === 'string' ? payload.personId : undefined,
    requestId,
  };
}

function explain(error: unknown): TokenError {
  if (error instanceof TokenError) return error;
  if (error instanceof errors.JWTExpired) return new TokenError('token has expired');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenError('token signature is invalid');
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenError('token algorithm is not allowed');
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenError(`token claim "${error.claim}" is invalid`);
  if (error instanceof errors.JOSEError) return new TokenError('token is malformed');
  return new TokenError('token could not be verified');
}

export type CallerVerifier = (token: string, requestId: string, clientRequestId?: string) => Promise<Viewer>;

/** The longest a caller's token may live (exp − iat, or exp − now without iat) unless configured: 12 h. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;
/** How far a token's clock may run ahead of ours (iat, nbf) or behind (exp). */
export const DEFAULT_CLOCK_SKEW_SECONDS = 30;

/**
 * Refuses a token issued in the future, or living longer than the maximum: a stolen token
 * minted for ten years, or dated ahead to outlive its exp, is worth nothing.
 */
export function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number, skewSeconds: number, now = Math.floor(Date.now() / 1000)): void {
  if (typeof payload.exp !== 'number') throw new TokenError('token has no expiry (exp)');
  if (payload.iat !== undefined && typeof payload.iat !== 'number') throw new TokenError('token claim "iat" is invalid');
  if (typeof payload.iat === 'number' && payload.iat > now + skewSeconds) throw new TokenError('token is issued in the future (iat)');
  if (typeof payload.nbf === 'number' && payload.nbf > now + skewSeconds) throw new TokenError('token is not valid yet (nbf)');
  const lifetime = payload.exp - (typeof payload.iat === 'number' ? payload.iat : now);
  if (lifetime > maxLifetimeSeconds) throw new TokenError(`token lives longer than the maximum of ${maxLifetimeSeconds} s (exp − iat)`);
}

/** Verifies callers' tokens at the gateway: HS256 with a shared secret, or a JWKS URL in production. */
export function callerVerifier(options: {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  maxLifetimeSeconds?: number;
  clockSkewSeconds?: number;
}): CallerVerifier {
  const jwks = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  if (!jwks && !options.secret) throw new Error('callerVerifier needs a secret or a JWKS URL');
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  return async (token, requestId, clientRequestId) => {
    try {
      const verifyOptions = { issuer: options.issuer, audience: options.audience, requiredClaims: ['exp', 'sub'], clockTolerance: skew };
      const { payload } = jwks
        ? await jwtVerify(token, jwks, { ...verifyOptions, algorithms: ['RS256', 'ES256', 'EdDSA'] })
        : await jwtVerify(token, key(options.secret!), { ...verifyOptions, algorithms: ['HS256'] });
      checkLifetime(payload, maxLifetime, skew);
      const viewer = viewerFrom(payload, requestId);
      return clientRequestId ? { ...viewer, clientRequestId } : viewer;
    } catch (error) {
      throw explain(error);
    }
  };
}

/** Signs the short-lived token the gateway forwards to one subgraph (audience = the subgraph's name). */
export async function signInternalToken(viewer: Viewer, audience: string, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({
    name: viewer.name,
    roles: viewer.roles,
    areas: viewer.areas,
    orgs: viewer.orgs,
    personId: viewer.personId,
    rid: viewer.requestId,
    clientRequestId: viewer.clientRequestId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.id)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key(secret));
}

/** Verifies the gateway's internal token in a subgraph; anything else (no token, alg none, wrong audience) is refused. */
export async function verifyInternalToken(token: string, audience: string, secret: string): Promise<Viewer> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: ['HS256'],
      issuer: INTERNAL_ISSUER,
      audience,
      requiredClaims: ['exp', 'sub', 'aud'],
      maxTokenAge: '5m',
    });
    const viewer = viewerFrom(payload, typeof payload.rid === 'string' ? payload.rid : '');
    return typeof payload.clientRequestId === 'string' ? { ...viewer, clientRequestId: payload.clientRequestId } : viewer;
  } catch (error) {
    throw explain(error);
  }
}

/** A viewer for work the system does itself (event handlers, seeds): every area, no person behind it. */
export function systemViewer(areas: string[], requestId = 'system'): Viewer {
  return { id: 'system', name: 'system', roles: ['DISTRICT_ADMIN'], areas, orgs: [], requestId };
}
