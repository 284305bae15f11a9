import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../../shared/api';
import type { ReleaseId, SourceView } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { formatBytes, formatDateTime, formatNumber } from './format';
import { pluralCategory } from './plural';
import { sourceLines } from './sourceLines';

type Loaded = { kind: 'source'; source: SourceView } | { kind: 'none' } | { kind: 'loading' };

/** "View original": the file as imported — its facts and its decoded text with line numbers. */
export function OriginalDialog({ id, onClose }: { id: ReleaseId; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { reportError } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    getClient()
      .call('releases.source', { id })
      .then((source) => live && setLoaded({ kind: 'source', source }))
      .catch((e: unknown) => {
        if (!live) return;
        setLoaded({ kind: 'none' });
        if (!(e instanceof ApiError && e.code === 'not_found')) reportError(e);
      });
    return () => {
      live = false;
    };
  }, [id, reportError]);
  const lines = useMemo(() => (loaded.kind === 'source' ? sourceLines(loaded.source.text) : []), [loaded]);

  return (
    <Dialog title={t('release.original.title')} onClose={onClose} wide testId="original-dialog">
      {loaded.kind === 'loading' && <p className="original-note">{t('release.original.loading')}</p>}
      {loaded.kind === 'none' && <p className="original-note">{t('release.original.none')}</p>}
      {loaded.kind === 'source' && (
        <div className="original">
          <dl className="original-facts">
            <div className="original-file">
              <dt>{t('release.original.fileName')}</dt>
              <dd data-testid="original-file-name">{loaded.source.fileName}</dd>
            </div>
            <div>
              <dt>{t('release.original.type')}</dt>
              <dd>{loaded.source.mediaType}</dd>
            </div>
            <div>
              <dt>{t('release.original.encoding')}</dt>
              <dd>{loaded.source.encoding}</dd>
            </div>
            <div>
              <dt>{t('release.original.size')}</dt>
              <dd>
                {formatBytes(loaded.source.size, locale)} · {t(`release.original.lines.${pluralCategory(locale, lines.length)}`, { n: formatNumber(lines.length, locale) })}
              </dd>
            </div>
            <div>
              <dt>{t('release.original.importedAt')}</dt>
              <dd>{formatDateTime(loaded.source.importedAt, locale)}</dd>
            </div>
            <div className="original-sha">
              <dt>{t('release.original.sha256')}</dt>
              <dd>
                <code title={loaded.source.sha256}>{loaded.source.sha256}</code>
              </dd>
            </div>
          </dl>
          <pre className="original-text" tabIndex={0} aria-label={t('release.original.text')} data-testid="original-text">
            <code>
              {lines.map((line, i) => (
                <span key={i} className="original-line">
                  {line}
                </span>
              ))}
            </code>
          </pre>
        </div>
      )}
    </Dialog>
  );
}
