import { useCallback, useEffect, useState } from 'react';
import type { Theme } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';

export interface ThemesState {
  /** null while the first load runs. */
  themes: Theme[] | null;
  /** True when the last load failed (the list shown, if any, is the previous one). */
  failed: boolean;
  /** Reloads the list from the services (after a change, release counts may move too). */
  reload(): Promise<void>;
}

/** The theme taxonomy, loaded from the services; errors are reported through the app. */
export function useThemes(): ThemesState {
  const { reportError } = useApp();
  const [themes, setThemes] = useState<Theme[] | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    try {
      const list = await getClient().call('themes.list', {});
      setThemes(list);
      setFailed(false);
    } catch (error) {
      setFailed(true);
      reportError(error);
    }
  }, [reportError]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { themes, failed, reload };
}
