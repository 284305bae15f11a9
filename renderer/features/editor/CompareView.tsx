import { useMemo, useState } from 'react';
import type { Block } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { countChanges, sideSegments, type CompareField, type CompareRow } from './compare';
import { pluralCategory } from './plural';
import type { DiffSegment } from './wordDiff';

const FIELD_LABEL = {
  title: 'release.field.title',
  subtitle: 'release.field.subtitle',
  dateline: 'release.field.dateline',
  date: 'release.field.date',
  language: 'release.field.language',
  status: 'release.field.status',
  themes: 'release.field.themes',
  contacts: 'release.field.contacts',
  quotes: 'release.field.quotes',
  body: 'release.field.body',
} as const satisfies Record<CompareField, string>;

function Side({ segments, side, blockType }: { segments: DiffSegment[]; side: 'before' | 'after'; blockType: Block['type'] | null }) {
  const shown = sideSegments(segments, side);
  return (
    <td className={`compare-cell compare-${side}${blockType ? ` compare-block-${blockType}` : ''}`}>
      {shown.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'delete' ? (
          <del key={i}>{s.text}</del>
        ) : (
          <ins key={i}>{s.text}</ins>
        ),
      )}
    </td>
  );
}

/**
 * Side by side: a revision (left) against the current draft (right), row by row; words removed
 * are struck on the left, words added are highlighted on the right.
 */
export function CompareView({ rows, revision }: { rows: readonly CompareRow[]; revision: number }) {
  const { t, locale } = useI18n();
  const [onlyChanges, setOnlyChanges] = useState(false);
  const changes = countChanges(rows);
  const visible = useMemo(() => (onlyChanges ? rows.filter((r) => r.changed) : rows), [rows, onlyChanges]);
  const paragraphNumber = useMemo(() => {
    const numbers = new Map<string, number>();
    rows.filter((r) => r.field === 'body').forEach((r, i) => numbers.set(r.key, i + 1));
    return numbers;
  }, [rows]);

  return (
    <div className="compare" data-testid="compare-view" data-changes={changes}>
      <div className="compare-toolbar">
        <span className="compare-count" role="status">
          {changes === 0 ? t('release.compare.none') : t(`release.compare.changes.${pluralCategory(locale, changes)}`, { n: changes })}
        </span>
        <label className="compare-only">
          <input type="checkbox" checked={onlyChanges} data-testid="compare-only-changes" onChange={(e) => setOnlyChanges(e.target.checked)} />
          {t('release.compare.onlyChanges')}
        </label>
      </div>
      <table className="compare-table">
        <colgroup>
          <col className="compare-col-label" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('release.field.body')}</span>
            </th>
            <th scope="col">{t('release.compare.before', { n: revision })}</th>
            <th scope="col">{t('release.compare.after')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.key} className={row.changed ? 'compare-row compare-changed' : 'compare-row'} data-changed={row.changed} data-field={row.field}>
              <th scope="row" className="compare-label">
                {row.field === 'body' ? t('release.compare.paragraph', { n: paragraphNumber.get(row.key) ?? 0 }) : t(FIELD_LABEL[row.field])}
              </th>
              <Side segments={row.segments} side="before" blockType={row.blockType} />
              <Side segments={row.segments} side="after" blockType={row.blockType} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
