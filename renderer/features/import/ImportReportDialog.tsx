import type { ImportItem } from '../../../shared/api';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { useApp } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { plural } from '../../app/plural';
import { beginReview } from '../review/session';
import { failureText, groupReport, summaryText } from './report';
import type { ShownReport } from './useImportRunner';

/** What was imported, what was already there and what failed (and why), with Open actions. */
export function ImportReportDialog({ report, onClose }: { report: ShownReport; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { info, navigate } = useApp();
  const g = groupReport(report.items, report.skipped);
  const open = (item: ImportItem) => {
    if (!item.releaseId) return;
    onClose();
    navigate({ name: 'release', id: item.releaseId });
  };
  // New releases are reviewed next (one after the other): that is the main action. Otherwise,
  // with a single release to look at, opening it is the obvious next step: it gets the focus.
  const toReview = g.imported.flatMap((i) => (i.releaseId ? [i.releaseId] : []));
  const review = () => {
    onClose();
    navigate(beginReview(toReview));
  };
  const openable = [...g.imported, ...g.duplicates];
  const single = toReview.length === 0 && openable.length === 1 ? openable[0]! : null;

  const section = (items: ImportItem[], heading: MessageKey, kind: ImportItem['outcome']) =>
    items.length > 0 && (
      <section className={`report-section report-${kind}`} aria-label={t(heading)}>
        <h3>
          <Icon name={kind === 'imported' ? 'check' : kind === 'duplicate' ? 'copy' : 'alert'} />
          {t(heading)} <span className="report-count">{new Intl.NumberFormat(locale).format(items.length)}</span>
        </h3>
        {kind === 'duplicate' && <p className="report-note">{t('import.report.duplicateNote')}</p>}
        <ul>
          {items.map((item, i) => {
            const title = item.title?.trim() || t('import.report.untitled');
            return (
              <li key={`${item.name}-${i}`} className="report-item" data-testid="import-report-item" data-outcome={item.outcome} data-id={item.releaseId ?? undefined}>
                <div className="report-item-text">
                  {kind === 'failed' ? <strong>{item.name}</strong> : <strong>{title}</strong>}
                  <span className="report-item-detail">
                    {kind === 'failed' ? failureText(item, t, locale, info.limits.maxImportBytes) : item.name}
                  </span>
                </div>
                {item.releaseId && (
                  <button
                    type="button"
                    className={item === single ? 'primary' : undefined}
                    onClick={() => open(item)}
                    aria-label={t('import.report.openLabel', { title })}
                    data-autofocus={item === single ? true : undefined}
                    data-testid="import-report-open"
                  >
                    {t('import.report.open')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    );

  return (
    <Dialog
      title={t('import.report.title')}
      onClose={onClose}
      testId="import-report"
      className="report-dialog"
      actions={
        <>
          <button type="button" onClick={onClose} data-autofocus={single || toReview.length ? undefined : true} className={single || toReview.length ? undefined : 'primary'} data-testid="import-report-close">
            {t('common.close')}
          </button>
          {toReview.length > 0 && (
            <button type="button" className="primary" onClick={review} data-autofocus data-testid="import-report-review">
              {plural(t, locale, { one: 'review.fromImport.one', other: 'review.fromImport.other' }, toReview.length)}
            </button>
          )}
        </>
      }
    >
      <p className="report-summary" data-testid="import-report-summary">
        {summaryText(g, t, locale)}
      </p>
      {/* Failures first: they are what needs the user's attention. */}
      {section(g.failed, 'import.report.failed', 'failed')}
      {section(g.imported, 'import.report.imported', 'imported')}
      {section(g.duplicates, 'import.report.duplicates', 'duplicate')}
    </Dialog>
  );
}
