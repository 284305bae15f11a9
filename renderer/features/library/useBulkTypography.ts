import { useCallback, useState } from 'react';
import type { ReleaseId, TypographyApplied } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { announceChange } from '../../app/changes';
import { plural } from '../../app/plural';
import { useI18n } from '../../i18n/I18nProvider';
import type { Range } from './selection';
import type { ReleasePages } from './useReleasePages';

/**
 * The "Typography…" bulk action: resolves the selected rows to ids and opens the dialog on them;
 * once applied, the library refreshes and a notice says how many releases changed (each one can be
 * undone from its history: the services saved a revision per release).
 */
export function useBulkTypography(pages: ReleasePages) {
  const { notify, reportError } = useApp();
  const { t, locale } = useI18n();
  const [ids, setIds] = useState<ReleaseId[] | null>(null);

  const open = useCallback(
    (ranges: readonly Range[]) => {
      pages
        .resolveIds(ranges)
        .then((resolved) => resolved.length > 0 && setIds(resolved))
        .catch(reportError);
    },
    [pages, reportError],
  );
  const close = useCallback(() => setIds(null), []);
  const applied = useCallback(
    (result: TypographyApplied) => {
      setIds(null);
      const changed = result.releases.filter((r) => r.applied > 0).length;
      if (changed > 0) announceChange('releases');
      notify(changed === 0 ? t('library.typo.doneNone') : plural(t, locale, { one: 'library.typo.done.one', other: 'library.typo.done.other' }, changed), changed === 0 ? 'info' : 'success');
    },
    [notify, t, locale],
  );
  return { ids, open, close, applied, reportError };
}
