import { Fragment, memo } from 'react';
import type { LineRule } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import type { LineView } from './bands';
import { explainLine } from './ruleText';

interface RowProps {
  view: LineView;
  optionId: string;
  selected: boolean;
  focused: boolean;
  forced: boolean;
  rule: LineRule | null;
  start: number;
  measure: (el: HTMLElement | null) => void;
  onPick: (line: number, extend: boolean) => void;
}

/**
 * One raw line: its number, a colour band for where it went, its text (each part of a cut line
 * in its own colour, dropped text greyed and struck through), and badges for a hand-made
 * assignment and a remembered rule. The destination is also said in words, for screen readers.
 */
export const RawLineRow = memo(function RawLineRow({ view, optionId, selected, focused, forced, rule, start, measure, onPick }: RowProps) {
  const { t, lang } = useI18n();
  const style = { transform: `translateY(${start}px)` };
  if (view.parts.length === 0) {
    return <div className="raw-line raw-line-blank" role="none" data-index={view.index} ref={measure} style={style} aria-hidden="true" />;
  }
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={selected}
      className="raw-line"
      data-index={view.index}
      data-testid="raw-line"
      data-line={view.index}
      data-dest={view.dest ?? ''}
      data-band={view.primary ?? ''}
      data-focused={focused || undefined}
      title={explainLine(view, lang).join(' · ') || undefined}
      ref={measure}
      style={style}
      // Shift+click extends the selection of lines, not a text selection.
      onMouseDown={(e) => e.shiftKey && e.preventDefault()}
      onClick={(e) => onPick(view.index, e.shiftKey)}
    >
      <span className="raw-no" aria-hidden="true">
        {view.index + 1}
      </span>
      <span className="raw-band" aria-hidden="true">
        {view.bands.map((b) => (
          <span key={b} className={`band-${b}`} />
        ))}
      </span>
      <span className="raw-text">
        {view.parts.map((p) => (
          <Fragment key={p.start}>
            {p.glued && (
              <span className="raw-cut" title={t('review.raw.cut')} aria-hidden="true">
                ⁞
              </span>
            )}
            <span className={`raw-part part-${p.band ?? 'none'}`} data-dest={p.dest ?? undefined}>
              {p.text}
            </span>
          </Fragment>
        ))}
      </span>
      <span className="raw-badges">
        {forced && (
          <span className="raw-badge raw-badge-forced" title={t('review.raw.forced')}>
            ✎<span className="visually-hidden">{t('review.raw.forced')}</span>
          </span>
        )}
        {rule && (
          <span className={`raw-badge raw-badge-${rule}`} data-testid="raw-line-rule" data-rule={rule}>
            {t(`review.rule.badge.${rule}`)}
          </span>
        )}
      </span>
      <span className="visually-hidden">
        {', '}
        {view.bands.length ? view.bands.map((b) => t(`review.dest.${b}`)).join(', ') : t('review.dest.none')}
      </span>
    </div>
  );
});
