import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Language, ReleaseId, ReleaseMeta } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';
import { TypoStore, type TypoBaseContext, type TypoSnapshot } from '../../editor';
import { useI18n } from '../../i18n/I18nProvider';
import type { DraftController } from '../editor/draftController';
import { applyFieldItems, fieldItems } from './fields';

/**
 * The typography suggestions of the open release: a store shared by the body editor and the side
 * panel, under the user's settings (profile per language, narrow or normal no-break space,
 * switched-off rules) and the UI language; the release's ignored suggestions loaded from and
 * saved to the services; the title, subtitle and dateline included (applied through the draft).
 */
export function useTypography(releaseId: ReleaseId, language: Language, meta: ReleaseMeta, controller: DraftController): { store: TypoStore; snapshot: TypoSnapshot } {
  const { settings, reportError } = useApp();
  const { lang: ui } = useI18n();
  const typography = settings.typography;
  const context = useMemo<TypoBaseContext>(
    () => ({ lang: language, profile: typography.profiles[language], wideNbsp: typography.wideNbsp, disabled: typography.disabledRules, ui }),
    [language, typography, ui],
  );

  const [store] = useState(
    () =>
      new TypoStore(context, new Set(), {
        applyFields: (items) => {
          const current = controller.getSnapshot().draft.meta;
          const { patch, applied } = applyFieldItems(current, items);
          if (applied > 0) controller.edit((d) => ({ meta: { ...d.meta, ...patch } }));
          return applied;
        },
        ignore: (items) => {
          const keys = items.flatMap((i) => i.keys);
          store.setIgnored(new Set([...store.getIgnored(), ...keys]));
          getClient()
            .call('typography.ignore', { releaseId, keys, ignored: true })
            .then((all) => store.setIgnored(new Set(all)))
            .catch(reportError);
        },
      }),
  );

  useEffect(() => store.setContext(context), [store, context]);

  useEffect(() => {
    let live = true;
    getClient()
      .call('typography.ignores', { releaseId })
      .then((keys) => live && keys.length > 0 && store.setIgnored(new Set([...store.getIgnored(), ...keys])))
      // Without the list the suggestions still show; ignoring again stores them.
      .catch((error: unknown) => console.warn('Typography: ignored suggestions not loaded', error));
    return () => {
      live = false;
    };
  }, [store, releaseId]);

  // The fields follow the draft, the context and the ignored set.
  const [ignoredVersion, setIgnoredVersion] = useState(0);
  useEffect(() => store.onSettings(() => setIgnoredVersion((v) => v + 1)), [store]);
  const { title, subtitle, dateline } = meta;
  useEffect(() => {
    store.setFields(fieldItems({ title, subtitle, dateline }, store.getContext(), store.getIgnored()));
  }, [store, title, subtitle, dateline, context, ignoredVersion]);

  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
