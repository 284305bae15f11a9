import { useEffect, useRef } from 'react';

/** What changed in the library; views listening to a topic refetch what they show. */
export type ChangeTopic = 'releases' | 'themes';

type Listener = (topic: ChangeTopic) => void;
const listeners = new Set<Listener>();

/**
 * Tells every open view that releases or themes changed (import, trash, save, taxonomy edit), so
 * lists refresh without each feature knowing the others.
 */
export function announceChange(topic: ChangeTopic): void {
  for (const l of [...listeners]) l(topic);
}

/** Calls `onChange` while the component is mounted, whenever `topic` is announced. */
export function useChanges(topic: ChangeTopic, onChange: () => void): void {
  const ref = useRef(onChange);
  useEffect(() => {
    ref.current = onChange;
  });
  useEffect(() => {
    const listener: Listener = (t) => {
      if (t === topic) ref.current();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [topic]);
}
