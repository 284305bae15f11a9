import { useCallback, useState } from 'react';
import { clampTo, cursorOnly, EMPTY_SELECTION, type Selection } from './selection';

/**
 * The selection of the list on screen. It belongs to one list: a new query starts empty, and a
 * refresh of the same list (import, trash) keeps only the cursor, since positions may now hold
 * other releases.
 */
export function useListSelection(key: string, version: number, total: number, initialFocus: number | null) {
  const [state, setState] = useState(() => ({
    key,
    version,
    sel: initialFocus === null ? EMPTY_SELECTION : { ranges: [], anchor: initialFocus, focus: initialFocus },
  }));
  let sel = state.sel;
  if (state.key !== key) sel = EMPTY_SELECTION;
  else if (state.version !== version) sel = cursorOnly(state.sel, total);
  sel = clampTo(sel, total);

  const setSelection = useCallback(
    (next: Selection | ((current: Selection) => Selection)) =>
      setState((s) => {
        let base = s.sel;
        if (s.key !== key) base = EMPTY_SELECTION;
        else if (s.version !== version) base = cursorOnly(s.sel, total);
        return { key, version, sel: typeof next === 'function' ? next(clampTo(base, total)) : next };
      }),
    [key, version, total],
  );
  return [sel, setSelection] as const;
}
