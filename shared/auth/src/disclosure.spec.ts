import type { Viewer } from './roles';
import { sensitiveCount } from './disclosure';

const viewer = (roles: Viewer['roles']): Viewer => ({ id: 'x', name: 'x', roles, areas: ['440118'], orgs: [], requestId: 'r' });

describe('a sensitive count', () => {
  it('is exact for staff', () => {
    expect(sensitiveCount(viewer(['COMMUNITY_WORKER']), 3)).toEqual({ value: 3, suppressed: false });
    expect(sensitiveCount(viewer(['INTEGRATOR', 'DISTRICT_ADMIN']), 0)).toEqual({ value: 0, suppressed: false });
  });

  it('is withheld from integrators below 5, zero included', () => {
    for (const n of [0, 1, 4]) expect(sensitiveCount(viewer(['INTEGRATOR']), n)).toEqual({ value: null, suppressed: true });
  });

  it('is rounded to the nearest 5 for integrators from 5 on, so sibling subtraction cannot recover a small group', () => {
    expect(sensitiveCount(viewer(['INTEGRATOR']), 5).value).toBe(5);
    expect(sensitiveCount(viewer(['INTEGRATOR']), 7).value).toBe(5);
    expect(sensitiveCount(viewer(['INTEGRATOR']), 8).value).toBe(10);
    expect(sensitiveCount(viewer(['OPS']), 161).value).toBe(160);
    // a parent of 12 with a sibling of 9: 10 − 10 = 0 says nothing about the suppressed child of 3
    expect(sensitiveCount(viewer(['INTEGRATOR']), 12).value! - sensitiveCount(viewer(['INTEGRATOR']), 9).value!).toBe(0);
  });
});
