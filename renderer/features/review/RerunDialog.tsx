import { useEffect, useState } from 'react';
import type { Language, LineOverrides, Release, ReleaseId, SplitChange, SplitFields } from '../../../shared/domain';
import { useApp } from '../../app/AppContext';
import { describeError } from '../../app/errors';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { showChange, type ShownChange } from './changes';
import { confirmFields, initForm } from './fields';

interface RerunDialogProps {
  id: ReleaseId;
  baseRevision: number;
  /** The stored overrides: the re-run keeps them, and so does applying it. */
  overrides: LineOverrides;
  editedSinceImport: boolean;
  onClose: () => void;
  onApplied: (release: Release) => void;
}

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; split: SplitFields; changes: SplitChange[] } | { kind: 'applying'; split: SplitFields; changes: SplitChange[] };

/**
 * "Re-run the split": runs the current pipeline on the stored source, shows what would change
 * (before → after, per field) and applies it only when asked — a confirm with the new split's
 * fields and the stored overrides.
 */
export function RerunDialog({ id, baseRevision, overrides, editedSinceImport, onClose, onApplied }: RerunDialogProps) {
  const { t } = useI18n();
  const { reportError } = useApp();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    getClient()
      .call('review.rerun', { id })
      .then(({ split, changes }) => live && setState({ kind: 'ready', split, changes }))
      .catch((error: unknown) => live && setState({ kind: 'failed', error }));
    return () => {
      live = false;
    };
  }, [id]);

  const apply = async () => {
    if (state.kind !== 'ready') return;
    setState({ ...state, kind: 'applying' });
    try {
      const release = await getClient().call('review.confirm', { id, baseRevision, overrides, fields: confirmFields(initForm(state.split)) });
      onApplied(release);
    } catch (error) {
      setState({ ...state, kind: 'ready' });
      reportError(error);
    }
  };

  const hasChanges = (state.kind === 'ready' || state.kind === 'applying') && state.changes.length > 0;
  return (
    <Dialog
      title={t('review.rerun.title')}
      onClose={onClose}
      testId="rerun-dialog"
      className="rerun-dialog"
      actions={
        <>
          <button type="button" onClick={onClose} data-autofocus={hasChanges ? undefined : true} className={hasChanges ? undefined : 'primary'} data-testid="rerun-close">
            {hasChanges ? t('common.cancel') : t('common.close')}
          </button>
          {hasChanges && (
            <button type="button" className="primary" data-autofocus data-testid="rerun-apply" disabled={state.kind === 'applying'} onClick={() => void apply()}>
              {state.kind === 'applying' && <Spinner size={14} decorative />}
              {t('review.rerun.apply')}
            </button>
          )}
        </>
      }
    >
      {state.kind === 'loading' && (
        <p className="rerun-status" role="status">
          <Spinner size={16} decorative /> {t('review.rerun.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert">
          <strong>{t('review.rerun.failed')}</strong> {describeError(state.error, t)}
        </p>
      )}
      {(state.kind === 'ready' || state.kind === 'applying') &&
        (state.changes.length === 0 ? (
          <p data-testid="rerun-none">{t('review.rerun.none')}</p>
        ) : (
          <>
            <p>{t('review.rerun.intro')}</p>
            <ul className="rerun-changes">
              {state.changes.map((c) => (
                <ChangeItem key={c.field} change={showChange(c)} />
              ))}
            </ul>
            {editedSinceImport && <p className="rerun-warning">{t('review.rerun.editedWarning')}</p>}
          </>
        ))}
    </Dialog>
  );
}

function ChangeItem({ change }: { change: ShownChange }) {
  const { t, locale } = useI18n();
  const text = (v: string) => {
    if (v.trim() === '') return <em className="rerun-empty">{t('review.rerun.empty')}</em>;
    if (change.field === 'language' && (v === 'fr' || v === 'en' || v === 'es')) return t(`review.language.${v as Language}`);
    if (change.field === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${v}T00:00:00Z`));
    }
    return v;
  };
  const number = new Intl.NumberFormat(locale);
  return (
    <li className="rerun-change" data-testid="rerun-change" data-field={change.field}>
      <h3>{t(`review.change.${change.field}`)}</h3>
      {change.kind === 'text' ? (
        <div className="rerun-diff">
          <span className="rerun-before" aria-label={t('review.rerun.before')}>
            {text(change.before)}
          </span>
          <span className="rerun-arrow" aria-hidden="true">
            →
          </span>
          <span className="rerun-after" aria-label={t('review.rerun.after')}>
            {text(change.after)}
          </span>
        </div>
      ) : (
        <>
          <p className="rerun-counts">
            {number.format(change.beforeCount)} → {number.format(change.afterCount)}
          </p>
          <ul className="rerun-items">
            {change.removed.map((x, i) => (
              <li key={`r${i}`} className="rerun-removed">
                <span className="visually-hidden">{t('review.rerun.before')}</span>
                {x}
              </li>
            ))}
            {change.added.map((x, i) => (
              <li key={`a${i}`} className="rerun-added">
                <span className="visually-hidden">{t('review.rerun.after')}</span>
                {x}
              </li>
            ))}
            {change.more > 0 && <li className="rerun-more">+{number.format(change.more)}</li>}
          </ul>
        </>
      )}
    </li>
  );
}
