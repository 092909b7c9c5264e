import { useEffect, useState } from 'react';

/**
 * The value once it has stayed the same (by its JSON) for `ms`: a query keyed by it runs when the
 * user pauses, not on every keystroke.
 */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (key === settled.key) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
    // the key stands for the value
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled.value;
}
