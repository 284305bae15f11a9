import { useCallback, useMemo, useRef, useState } from 'react';
import type { LineOverrides, LineRule, ReleaseId, SplitFields, SplitMap } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';
import { editField, initFormWith, resetField, applySplit, type FormField, type FormState, type FormValues } from './fields';
import { withRule, type LineRules } from './lineRules';
import { applyAssignment, forceInMap, mappedLines, sameOverrides, type Assignment } from './overrides';
import type { ReviewLoad } from './useReviewData';

export interface ReviewState {
  map: SplitMap;
  split: SplitFields;
  overrides: LineOverrides;
  form: FormState;
  lineRules: LineRules;
  /** A re-split is on its way: the bands already show the move, the fields follow. */
  updating: boolean;
}

/**
 * The review being done: overrides, the live split they give (`review.resplit`, latest answer
 * wins), the form with the user's edits kept across re-splits, and the line rules. `settled()`
 * resolves once the last re-split has answered, so a confirm never sends stale fields.
 */
export function useReviewState(id: ReleaseId, load: ReviewLoad) {
  const { reportError } = useApp();
  const { data, release } = load;
  const [state, setState] = useState<ReviewState>(() => ({
    map: data.map,
    split: data.split,
    overrides: data.overrides,
    form: initFormWith(data.split, {
      title: release.meta.title,
      subtitle: release.meta.subtitle,
      dateline: release.meta.dateline,
      date: release.meta.date,
      language: release.language,
      contacts: release.contacts,
    }),
    lineRules: data.lineRules,
    updating: false,
  }));
  const latest = useRef(state);
  latest.current = state;
  const sequence = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const known = useMemo(() => mappedLines(data.map), [data.map]);

  const resplit = useCallback(
    (overrides: LineOverrides) => {
      const ticket = ++sequence.current;
      const request = getClient()
        .call('review.resplit', { id, overrides })
        .then(({ map, split }) => {
          if (ticket !== sequence.current) return;
          setState((s) => ({ ...s, map, split, form: applySplit(s.form, split), updating: false }));
        })
        .catch((error: unknown) => {
          if (ticket !== sequence.current) return;
          setState((s) => ({ ...s, updating: false }));
          reportError(error);
        });
      inFlight.current = request;
    },
    [id, reportError],
  );

  const assign = useCallback(
    (lines: readonly number[], to: Assignment) => {
      const current = latest.current;
      const overrides = applyAssignment(current.overrides, lines, to, known);
      if (sameOverrides(overrides, current.overrides)) return false;
      // Two keys pressed within one frame: the second builds on the first, not on the last render.
      latest.current = { ...current, overrides };
      setState((s) => ({ ...s, overrides, map: to === 'restore' ? s.map : forceInMap(s.map, lines, to), updating: true }));
      resplit(overrides);
      return true;
    },
    [known, resplit],
  );

  const setRule = useCallback(
    async (line: number, text: string, rule: LineRule | null): Promise<boolean> => {
      try {
        await getClient().call('lineRules.set', { text, rule });
        setState((s) => ({ ...s, lineRules: withRule(s.lineRules, data.lines, line, rule) }));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [data.lines, reportError],
  );

  const edit = useCallback(<F extends FormField>(field: F, value: FormValues[F]) => setState((s) => ({ ...s, form: editField(s.form, field, value) })), []);
  const reset = useCallback((field: FormField) => setState((s) => ({ ...s, form: resetField(s.form, field) })), []);

  /** Resolves when no re-split is pending; then `current()` has the fields to confirm. */
  const settled = useCallback(async () => {
    while (inFlight.current) {
      const waiting = inFlight.current;
      await waiting;
      if (inFlight.current === waiting) inFlight.current = null;
    }
  }, []);
  const current = useCallback(() => latest.current, []);
  const initial = useRef(state);
  /** True when leaving now would lose re-assignments or typed values. */
  const unsaved = useCallback(() => {
    const now = latest.current;
    return !sameOverrides(now.overrides, initial.current.overrides) || JSON.stringify(now.form.edits) !== JSON.stringify(initial.current.form.edits);
  }, []);

  return { state, assign, setRule, edit, reset, settled, current, unsaved };
}
