import { SignJWT, UnsecuredJWT } from 'jose';
import { callerVerifier, signCallerToken, signInternalToken, verifyInternalToken, type Viewer } from './index';

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
