import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReleaseId, TypographyApplied, TypographyPreview } from '../../../shared/domain';
import { plural } from '../../app/plural';
import { getClient } from '../../app/transport';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { releaseRows, releasesToChange, ruleRows, toggled } from './typographyPlan';
import './typography.css';

/** Releases listed by name in the dialog; a larger selection is summed up after them. */
const SHOWN_RELEASES = 200;

interface TypographyDialogProps {
  ids: readonly ReleaseId[];
  onClose(): void;
  /** Called with the result once the suggestions were applied (the dialog is then closed by the caller). */
  onApplied(result: TypographyApplied): void;
  onError(error: unknown): void;
}

/**
 * Safe typography for several releases: a preview of the suggestions per rule and per release,
 * rules chosen by checkbox (all by default), then one revision per changed release.
 */
export function TypographyDialog({ ids, onClose, onApplied, onError }: TypographyDialogProps) {
  const { t, lang, locale } = useI18n();
  const [preview, setPreview] = useState<TypographyPreview | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const rulesRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    let live = true;
    getClient()
      .call('typography.preview', { ids: [...ids] })
      .then((p) => {
        if (!live) return;
        setPreview(p);
        // Every rule of the preview is safe: all are checked by default.
        setChosen(new Set(Object.keys(p.totals)));
      })
      .catch((error: unknown) => {
        if (!live) return;
        setFailed(true);
        onError(error);
      });
    return () => {
      live = false;
    };
  }, [ids, onError]);

  // The preview arrives after the dialog opened: move the focus to the first rule then.
  useEffect(() => {
    if (preview) rulesRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }, [preview]);

  const rules = useMemo(() => (preview ? ruleRows(preview, lang) : []), [preview, lang]);
  const releases = useMemo(() => (preview ? releaseRows(preview, chosen) : []), [preview, chosen]);
  const changing = preview ? releasesToChange(preview, chosen) : 0;
  const count = (n: number) => plural(t, locale, { one: 'library.typo.count.one', other: 'library.typo.count.other' }, n);

  const apply = () => {
    if (busy || changing === 0) return;
    setBusy(true);
    getClient()
      .call('typography.applySafe', { ids: [...ids], rules: [...chosen] })
      .then(onApplied)
      .catch((error: unknown) => {
        setBusy(false);
        onError(error);
      });
  };

  let body;
  if (failed) body = <p role="alert">{t('library.typo.failed')}</p>;
  else if (!preview) body = <Spinner label={t('library.typo.loading')} />;
  else if (rules.length === 0) body = <p data-testid="typography-nothing">{t('library.typo.nothing')}</p>;
  else
    body = (
      <>
        <fieldset className="typo-rules" ref={rulesRef}>
          <legend>{t('library.typo.rules')}</legend>
          <div className="typo-rules-quick">
            <button type="button" className="quiet" onClick={() => setChosen(new Set(rules.map((r) => r.id)))}>
              {t('library.typo.rules.all')}
            </button>
            <button type="button" className="quiet" onClick={() => setChosen(new Set())}>
              {t('library.typo.rules.none')}
            </button>
          </div>
          <ul>
            {rules.map((r) => (
              <li key={r.id}>
                <label className="typo-rule" data-testid="typography-rule-row" data-rule={r.id}>
                  <input
                    type="checkbox"
                    checked={chosen.has(r.id)}
                    onChange={(e) => setChosen((c) => toggled(c, r.id, e.target.checked))}
                  />
                  <span className="typo-rule-text">
                    <span>{r.message}</span>
                    <code>{r.id}</code>
                  </span>
                  <span className="typo-count">{count(r.count)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <section className="typo-releases" aria-labelledby="typo-releases-title">
          <h3 id="typo-releases-title">{t('library.typo.releases')}</h3>
          <ul>
            {releases.slice(0, SHOWN_RELEASES).map((r) => (
              <li key={r.id} className={r.count === 0 ? 'is-unchanged' : undefined} data-testid="typography-release-row">
                <span className="typo-release-title">{r.title || t('library.untitled')}</span>
                <span className="typo-count">{r.count === 0 ? t('library.typo.unchanged') : count(r.count)}</span>
              </li>
            ))}
          </ul>
          {releases.length > SHOWN_RELEASES && <p className="typo-more">{t('library.typo.more', { count: new Intl.NumberFormat(locale).format(releases.length - SHOWN_RELEASES) })}</p>}
        </section>
      </>
    );

  return (
    <Dialog
      title={t('library.typo.title')}
      onClose={onClose}
      testId="typography-preview-dialog"
      className="typo-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" onClick={apply} disabled={busy || changing === 0} data-testid="typography-apply">
            {busy ? t('library.typo.applying') : plural(t, locale, { one: 'library.typo.apply.one', other: 'library.typo.apply.other' }, changing)}
          </button>
        </>
      }
    >
      <p className="typo-intro">{t('library.typo.intro')}</p>
      <div aria-live="polite" aria-busy={!preview && !failed}>
        {body}
      </div>
    </Dialog>
  );
}
