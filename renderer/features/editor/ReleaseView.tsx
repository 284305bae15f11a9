import { useCallback, useEffect, useState } from 'react';
import type { Release, ReleaseId, Theme } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { describeError } from '../../app/errors';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { ReleaseWorkspace } from './ReleaseWorkspace';
import './release.css';

type Load = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; release: Release; taxonomy: Theme[] };

/** The release view: loads the release and the theme taxonomy, then shows the workspace. */
export function ReleaseView({ id }: { id: ReleaseId }) {
  const { t } = useI18n();
  const { navigate } = useApp();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const api = getClient();
    // The taxonomy only names themes; without it the view still opens and shows theme ids.
    Promise.all([api.call('releases.get', { id }), api.call('themes.list', {}).catch(() => [] as Theme[])])
      .then(([release, taxonomy]) => live && setLoad({ kind: 'ready', release, taxonomy }))
      .catch((error: unknown) => live && setLoad({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const back = useCallback(() => navigate({ name: 'library' }), [navigate]);
  if (load.kind === 'ready') return <ReleaseWorkspace release={load.release} taxonomy={load.taxonomy} onBack={back} />;
  return (
    <section className="release-view release-view-status" data-testid="release-view" data-loading={load.kind === 'loading'}>
      {load.kind === 'loading' ? (
        <p role="status">{t('release.loading')}</p>
      ) : (
        <div className="release-load-failed" role="alert">
          <p>
            <strong>{t('release.loadFailed')}</strong> {describeError(load.error, t)}
          </p>
          <div className="release-banner-actions">
            <button type="button" onClick={back}>
              {t('release.backLabel')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setLoad({ kind: 'loading' });
                setAttempt((a) => a + 1);
              }}
            >
              {t('common.retry')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
