import { useCallback, useState } from 'react';
import type { ReleaseId } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { announceChange } from '../../app/changes';
import { plural } from '../../app/plural';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import type { Range } from './selection';
import type { ReleasePages } from './useReleasePages';

/**
 * Move to trash and restore for the selected rows. Ids are resolved first (the selection is by
 * position), the library refreshes, and the notice offers Undo, which runs the opposite action.
 */
export function useBulkActions(pages: ReleasePages) {
  const { notify, reportError } = useApp();
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (action: 'trash' | 'restore', ids: ReleaseId[]) => {
      if (!ids.length) return;
      const { count } = await getClient().call(action === 'trash' ? 'releases.trash' : 'releases.restore', { ids });
      announceChange('releases');
      const keys =
        action === 'trash'
          ? { one: 'library.trashed.one', other: 'library.trashed.other' } as const
          : { one: 'library.restored.one', other: 'library.restored.other' } as const;
      notify(plural(t, locale, keys, count), 'success', {
        label: t('library.undo'),
        run: () => void run(action === 'trash' ? 'restore' : 'trash', ids).catch(reportError),
      });
    },
    [notify, reportError, t, locale],
  );

  const apply = useCallback(
    async (action: 'trash' | 'restore', ranges: readonly Range[]) => {
      if (busy || !ranges.length) return;
      setBusy(true);
      try {
        await run(action, await pages.resolveIds(ranges));
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [busy, run, pages, reportError],
  );

  return { busy, apply };
}
