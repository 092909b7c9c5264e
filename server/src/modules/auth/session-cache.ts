import type { Principal } from '../../lib/context.js';

/**
 * Callers behind verified sessions, kept for a few seconds so that a burst of requests looks its
 * caller up once instead of once a request. Whatever closes a session or changes what it stands
 * for (logout, a reused refresh token, an account deactivated or its password, roles or office
 * changed, an office renamed or moved) forgets the entries in this process at once; another
 * process serving the same database sees the change within `ttlMs`.
 *
 * A change is forgotten both when it is made and for `holdMs` after, because it is made inside a
 * transaction: a lookup between the write and its commit still reads the old rows, and must not
 * keep them.
 */
const ttlMs = 5_000;
const holdMs = 30_000;
const maxEntries = 10_000;

const entries = new Map<string, { principal: Principal; until: number }>();
/** Session or user ids (and '*' for every one) not to be cached again until the time given. */
const held = new Map<string, number>();

const isHeld = (key: string, now: number) => (held.get(key) ?? 0) > now;

export function cachedPrincipal(sessionId: string, userId: string, now = Date.now()): Principal | null {
  const entry = entries.get(sessionId);
  if (!entry) return null;
  if (entry.until <= now || entry.principal.id !== userId) {
    entries.delete(sessionId);
    return null;
  }
  return entry.principal;
}

/** Keeps a principal just read from its open session, until `ttlMs` or the session's own end. */
export function rememberPrincipal(principal: Principal, sessionExpiresAt: Date, now = Date.now()) {
  const sessionId = principal.sessionId!;
  if (isHeld(sessionId, now) || isHeld(principal.id, now) || isHeld('*', now)) return;
  // the oldest entry goes first: a Map iterates in insertion order
  if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
  entries.set(sessionId, { principal, until: Math.min(now + ttlMs, sessionExpiresAt.getTime()) });
}

function hold(key: string) {
  const now = Date.now();
  for (const [k, until] of held) if (until <= now) held.delete(k);
  held.set(key, now + holdMs);
}

export function forgetSession(sessionId: string) {
  hold(sessionId);
  entries.delete(sessionId);
}

export function forgetUser(userId: string) {
  hold(userId);
  for (const [sessionId, entry] of entries) if (entry.principal.id === userId) entries.delete(sessionId);
}

/** For changes that reach many callers at once (an office's name or place in the tree). */
export function forgetAll() {
  hold('*');
  entries.clear();
}
