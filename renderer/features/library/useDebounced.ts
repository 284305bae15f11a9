import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms (search as you type without a request per
 * keystroke). An empty value goes through at once: clearing the search should feel instant.
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), value === '' ? 0 : delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
