import { useSyncExternalStore } from 'react';

/** The tokens of the signed-in session, kept in localStorage so a reload stays signed in. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

const STORAGE_KEY = 'union.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; tokens: SessionTokens | null } = { raw: null, tokens: null };

export function getTokens(): SessionTokens | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (raw !== cached.raw) {
    let tokens: SessionTokens | null = null;
    try {
      tokens = raw ? (JSON.parse(raw) as SessionTokens) : null;
    } catch {
      // a damaged entry counts as signed out
    }
    cached = { raw, tokens };
  }
  return cached.tokens;
}

export function setTokens(tokens: SessionTokens | null): void {
  if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }));
  else localStorage.removeItem(STORAGE_KEY);
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  // another tab signing in or out changes this one too
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && notify();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(notify);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribe, () => getTokens() !== null);
}
