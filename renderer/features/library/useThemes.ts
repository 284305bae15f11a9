import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Theme, ThemeId } from '../../../shared/domain';
import { useChanges } from '../../app/changes';
import { getClient } from '../../app/transport';

/** The theme taxonomy, by id, refreshed when themes change. A failed load leaves it empty (ids are then hidden, not shown raw). */
export function useThemes(): { themes: readonly Theme[]; byId: ReadonlyMap<ThemeId, Theme> } {
  const [themes, setThemes] = useState<readonly Theme[]>([]);
  const load = useCallback(() => {
    getClient()
      .call('themes.list', {})
      .then(setThemes)
      .catch(() => setThemes([]));
  }, []);
  useEffect(load, [load]);
  useChanges('themes', load);
  const byId = useMemo(() => new Map(themes.map((t) => [t.id, t])), [themes]);
  return { themes, byId };
}
