import { SignJWT, UnsecuredJWT } from 'jose';
import { callerVerifier, sanitizeClientRequestId, signCallerToken, signInternalToken, verifyInternalToken, type Viewer } from './index';

const SECRET = 'internal-secret-for-tests-0123456789abcdef';
const viewer: Viewer = { id: 'u1', name: 'Worker', roles: ['GRID_WORKER'], areas: ['440118001001001'], orgs: [], requestId: 'r1' };

describe('the internal token', () => {
  it('carries the caller to the subgraph it was minted for', async () => {
    const token = await signInternalToken(viewer, 'population', SECRET);
    await expect(verifyInternalToken(token, 'population', SECRET)).resolves.toEqual({ ...viewer, personId: undefined });
  });

  it('is refused by any other subgraph (wrong audience)', async () => {
    const token = await signInternalToken(viewer, 'population', SECRET);
    await expect(verifyInternalToken(token, 'housing', SECRET)).rejects.toThrow(/"aud"/);
  });

  it('is refused once expired', async () => {
    const token = await signInternalToken(viewer, 'housing', SECRET, -1);
    await expect(verifyInternalToken(token, 'housing', SECRET)).rejects.toThrow(/expired/);
  });

  it('is refused when signed with another secret', async () => {
    const token = await signInternalToken(viewer, 'housing', 'another-secret-another-secret-0123456789');
    await expect(verifyInternalToken(token, 'housing', SECRET)).rejects.toThrow(/signature/);
  });

  it('is refused unsigned (alg: none)', async () => {
    const unsigned = new UnsecuredJWT({ roles: ['DISTRICT_ADMIN'], areas: ['440118'] })
      .setSubject('attacker')
      .setIssuer('linli-gateway')
      .setAudience('housing')
      .setExpirationTime('1m')
      .encode();
    await expect(verifyInternalToken(unsigned, 'housing', SECRET)).rejects.toThrow();
  });

  it('is refused when it claims roles that do not exist', async () => {
    const token = await new SignJWT({ roles: ['ROOT'], areas: ['440118'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('linli-gateway')
      .setAudience('housing')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyInternalToken(token, 'housing', SECRET)).rejects.toThrow(/roles/);
  });
});

describe('the caller token at the gateway', () => {
  const verify = callerVerifier({ secret: SECRET });

  it('gives the viewer its roles and areas, dropping areas already covered by a wider one', async () => {
    const token = await signCallerToken({ sub: 'u2', name: 'Admin', roles: ['STREET_ADMIN'], areas: ['440118001', '440118001001'] }, SECRET);
    expect(await verify(token, 'req')).toMatchObject({ id: 'u2', roles: ['STREET_ADMIN'], areas: ['440118001'], requestId: 'req' });
  });

  it('refuses area claims that are not area codes', async () => {
    const token = await signCallerToken({ sub: 'u3', name: 'x', roles: ['GRID_WORKER'], areas: ["440118' OR 1=1 --"] }, SECRET);
    await expect(verify(token, 'req')).rejects.toThrow(/areas/);
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ roles: ['GRID_WORKER'], areas: ['440118'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').sign(new TextEncoder().encode(SECRET));
    await expect(verify(token, 'req')).rejects.toThrow(/exp/);
  });
});

describe('the lifetime of a caller token', () => {
  const verify = callerVerifier({ secret: SECRET });
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (claims: { iat?: number; nbf?: number; exp: number }) => {
    const jwt = new SignJWT({ name: 'x', roles: ['GRID_WORKER'], areas: ['440118001001'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setExpirationTime(claims.exp);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
    return jwt.sign(new TextEncoder().encode(SECRET));
  };

  it('accepts a token of twelve hours issued now', async () => {
    await expect(verify(await sign({ iat: now(), exp: now() + 12 * 3600 }), 'r')).resolves.toMatchObject({ id: 'u' });
  });

  it('refuses a token whose exp lies a hundred years after its iat', async () => {
    await expect(verify(await sign({ iat: now(), exp: now() + 100 * 365 * 86400 }), 'r')).rejects.toThrow(/longer than the maximum/);
  });

  it('refuses a token without iat whose exp lies more than twelve hours from now', async () => {
    await expect(verify(await sign({ exp: now() + 13 * 3600 }), 'r')).rejects.toThrow(/longer than the maximum/);
    await expect(verify(await sign({ exp: now() + 11 * 3600 }), 'r')).resolves.toMatchObject({ id: 'u' });
  });

  it('refuses a token issued ten years ahead, even with a short lifetime', async () => {
    const ahead = now() + 10 * 365 * 86400;
    await expect(verify(await sign({ iat: ahead, exp: ahead + 60 }), 'r')).rejects.toThrow(/issued in the future/);
  });

  it('allows thirty seconds of clock skew on iat and nbf, and refuses a minute', async () => {
    await expect(verify(await sign({ iat: now() + 20, nbf: now() + 20, exp: now() + 3600 }), 'r')).resolves.toMatchObject({ id: 'u' });
    await expect(verify(await sign({ iat: now() + 60, exp: now() + 3600 }), 'r')).rejects.toThrow(/iat/);
    await expect(verify(await sign({ iat: now(), nbf: now() + 60, exp: now() + 3600 }), 'r')).rejects.toThrow(/nbf/);
  });

  it('takes a configured maximum lifetime', async () => {
    const short = callerVerifier({ secret: SECRET, maxLifetimeSeconds: 600 });
    await expect(short(await sign({ iat: now(), exp: now() + 3600 }), 'r')).rejects.toThrow(/maximum of 600 s/);
  });

  it('carries the caller’s own request id beside the gateway’s, never in its place', async () => {
    const viewer = await verify(await sign({ iat: now(), exp: now() + 60 }), 'gateway-id', 'client-id');
    expect(viewer).toMatchObject({ requestId: 'gateway-id', clientRequestId: 'client-id' });
    const internal = await signInternalToken(viewer, 'population', SECRET);
    expect(await verifyInternalToken(internal, 'population', SECRET)).toMatchObject({ requestId: 'gateway-id', clientRequestId: 'client-id' });
  });
});

describe('a caller’s request id', () => {
  it('is kept when printable ASCII of at most 64 characters, dropped otherwise', () => {
    expect(sanitizeClientRequestId('abc-123')).toBe('abc-123');
    expect(sanitizeClientRequestId('a'.repeat(65))).toBeUndefined();
    expect(sanitizeClientRequestId('a\u200bb')).toBeUndefined();
    expect(sanitizeClientRequestId('line\nbreak')).toBeUndefined();
    expect(sanitizeClientRequestId('')).toBeUndefined();
    expect(sanitizeClientRequestId(['x'])).toBeUndefined();
  });
});
