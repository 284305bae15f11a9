import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { LineView } from './bands';
import { explainLine } from './ruleText';
import { selectedRange, type LineSelection } from './selection';

/**
 * Says what is selected — "Line 12: Dropped — Share bar" (with why, from the rule tables),
 * "Lines 3 to 7 selected (5 lines)" — on screen and to screen readers (a polite live region),
 * so a re-assign is heard as well as seen. `children` (the rule buttons) sit at the other end.
 */
export function SelectionStatus({ selection, views, children }: { selection: LineSelection | null; views: readonly LineView[]; children?: ReactNode }) {
  const { t, lang, locale } = useI18n();
  const range = selectedRange(selection);
  const number = new Intl.NumberFormat(locale);
  let text: string;
  let why: string[] = [];
  if (!range) text = t('review.selection.none');
  else if (range.first === range.last) {
    const bands = views[range.first]?.bands ?? [];
    const dest = bands.length ? bands.map((b) => t(`review.dest.${b}`)).join(', ') : t('review.dest.none');
    const view = views[range.first];
    why = view ? explainLine(view, lang) : [];
    text = t('review.selection.one', { n: number.format(range.first + 1), dest });
  } else {
    text = t('review.selection.range', {
      from: number.format(range.first + 1),
      to: number.format(range.last + 1),
      count: number.format(range.last - range.first + 1),
    });
  }
  return (
    <div className="raw-status">
      <span className="raw-selection" role="status" aria-live="polite" data-testid="review-selection">
        <span className="raw-selection-what">{text}</span>
        {why.length > 0 && (
          <span className="raw-selection-why" title={why.join(' · ')}>
            {' — '}
            {why.join(' · ')}
          </span>
        )}
      </span>
      {children}
    </div>
  );
}
