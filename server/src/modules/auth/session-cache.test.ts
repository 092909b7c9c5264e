import { describe, expect, it } from 'vitest';
import type { Principal } from '../../lib/context.js';
import { cachedPrincipal, forgetAll, forgetSession, forgetUser, rememberPrincipal } from './session-cache.js';

let n = 0;
const principal = (userId = `user-${++n}`): Principal => ({
  via: 'session',
  id: userId,
  username: userId,
  displayName: userId,
  officeId: 'office',
  officeName: 'office',
  officeKind: 'district_federation',
  officeTier: 'district',
  officePath: '/city/district/',
  roles: ['staff'],
  permissions: new Set(),
  sessionId: `session-${++n}`,
});
const later = new Date(Date.now() + 86_400_000);

describe('the session cache', () => {
  it('answers a remembered caller for its session and user only, for a few seconds', () => {
    const p = principal();
    const now = Date.now();
    rememberPrincipal(p, later, now);
    expect(cachedPrincipal(p.sessionId!, p.id, now + 1_000)).toBe(p);
    expect(cachedPrincipal(p.sessionId!, 'someone-else', now + 1_000)).toBeNull();
    rememberPrincipal(p, later, now);
    expect(cachedPrincipal(p.sessionId!, p.id, now + 60_000)).toBeNull();
  });

  it('keeps no caller past the end of the session', () => {
    const p = principal();
    const now = Date.now();
    rememberPrincipal(p, new Date(now + 100), now);
    expect(cachedPrincipal(p.sessionId!, p.id, now + 50)).toBe(p);
    expect(cachedPrincipal(p.sessionId!, p.id, now + 100)).toBeNull();
  });

  it('forgets a session, a user or all at once, and keeps none read while the change commits', () => {
    const [a, b, c] = [principal(), principal(), principal()];
    for (const p of [a, b, c]) rememberPrincipal(p, later);
    forgetSession(a.sessionId!);
    forgetUser(b.id);
    expect(cachedPrincipal(a.sessionId!, a.id)).toBeNull();
    expect(cachedPrincipal(b.sessionId!, b.id)).toBeNull();
    expect(cachedPrincipal(c.sessionId!, c.id)).toBe(c);
    // a lookup that read the rows before the revocation committed is not kept
    rememberPrincipal(a, later);
    rememberPrincipal({ ...b, sessionId: 'another-session-of-b' }, later);
    expect(cachedPrincipal(a.sessionId!, a.id)).toBeNull();
    expect(cachedPrincipal('another-session-of-b', b.id)).toBeNull();
    forgetAll();
    expect(cachedPrincipal(c.sessionId!, c.id)).toBeNull();
    rememberPrincipal(c, later);
    expect(cachedPrincipal(c.sessionId!, c.id)).toBeNull();
  });
});
