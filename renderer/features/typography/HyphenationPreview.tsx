import { Fragment, useCallback, useId, useMemo, useState } from 'react';
import type { TypoLang } from '../../../shared/pipeline/typography';
import { useI18n } from '../../i18n/I18nProvider';
import { interpolate } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import { hyphenationMessages, type HyphenationMessageKey } from './hyphenationMessages';
import { hyphenatePreview, splitAtBreaks, type HyphenatedBlock, type PreviewBlock } from './hyphenationModel';
import './hyphenationPreview.css';

/** Column widths offered, in characters (a narrow newspaper column to a wide one). */
export const COLUMN_WIDTHS = [28, 36, 48] as const;
export type ColumnWidth = (typeof COLUMN_WIDTHS)[number];

type Translate = (key: HyphenationMessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** The preview's strings in the UI language (its own table, so it needs nothing of the catalog). */
function useHyphenationText(): { t: Translate; locale: string } {
  const { lang, locale } = useI18n();
  const t = useCallback<Translate>((key, params) => interpolate(hyphenationMessages[lang][key], params), [lang]);
  return { t, locale };
}

const plural = (locale: string, n: number) => (new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other');

/** A text with a mark element at each soft hyphen (drawn only when the column shows break points). */
function Breakable({ text }: { text: string }) {
  const pieces = splitAtBreaks(text);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="hyph-mark">{'\u00AD'}</span>}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

function ColumnBlock({ block }: { block: HyphenatedBlock }) {
  const text = <Breakable text={block.text} />;
  switch (block.type) {
    case 'heading':
      return <h3>{text}</h3>;
    case 'quote':
      return <blockquote>{text}</blockquote>;
    case 'list-item':
      return <p className="hyph-item">{text}</p>;
    default:
      return <p>{text}</p>;
  }
}

export interface HyphenationColumnProps {
  blocks: readonly HyphenatedBlock[];
  lang: TypoLang;
  width: ColumnWidth;
  marks: boolean;
  label: string;
}

/**
 * The body set as export would set it: a justified column `width` characters wide, breaking only
 * at the soft hyphens computed for it (`hyphens: manual`); with `marks`, a dot at each break.
 */
export function HyphenationColumn({ blocks, lang, width, marks, label }: HyphenationColumnProps) {
  return (
    <div
      className="hyph-column"
      lang={lang}
      style={{ width: `${width}ch` }}
      data-marks={marks}
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid="hyphenation-column"
    >
      {blocks.map((b, i) => (
        <ColumnBlock key={i} block={b} />
      ))}
    </div>
  );
}

export interface HyphenationPreviewProps {
  /** The body's blocks in order, as plain text (`blockText` of each Doc block, with its type). */
  blocks: readonly PreviewBlock[];
  /** The release's language. */
  lang: TypoLang;
  /** The office's exception list (`settings.typography.hyphenationExceptions`). */
  exceptions: readonly string[];
  onClose: () => void;
}

/**
 * Hyphenation preview (a modal dialog): the release body in a narrow justified column with the
 * breaks export would allow, a choice of column width, break points shown on demand, and how
 * many words can break.
 */
export function HyphenationPreview({ blocks, lang, exceptions, onClose }: HyphenationPreviewProps) {
  const { t, locale } = useHyphenationText();
  const [width, setWidth] = useState<ColumnWidth>(36);
  const [marks, setMarks] = useState(false);
  const widthLabel = useId();
  const summary = useMemo(() => hyphenatePreview(blocks, lang, exceptions), [blocks, lang, exceptions]);
  const empty = summary.blocks.every((b) => b.text.trim() === '');
  const number = (n: number) => n.toLocaleString(locale);

  return (
    <Dialog
      title={t('hyphenation.title')}
      onClose={onClose}
      className="hyphenation-dialog"
      testId="hyphenation-preview"
      actions={
        <button type="button" onClick={onClose}>
          {t('hyphenation.close')}
        </button>
      }
    >
      <div className="hyph-controls">
        <div className="hyph-width">
          <span id={widthLabel} className="hyph-label">
            {t('hyphenation.width')}
          </span>
          <div className="segmented" role="group" aria-labelledby={widthLabel} data-testid="hyphenation-width">
            {COLUMN_WIDTHS.map((w) => (
              <button
                key={w}
                type="button"
                aria-pressed={w === width}
                aria-label={t('hyphenation.widthOption', { n: w })}
                data-testid={`hyphenation-width-${w}`}
                data-autofocus={w === width ? '' : undefined}
                onClick={() => setWidth(w)}
              >
                {w}
              </button>
            ))}
          </div>
        </div>
        <label className="hyph-toggle">
          <input type="checkbox" checked={marks} onChange={(e) => setMarks(e.target.checked)} data-testid="hyphenation-marks" />
          {t('hyphenation.marks')}
        </label>
      </div>
      <p className="hyph-hint">{t('hyphenation.hint')}</p>
      <div className="hyph-stage">
        {empty ? (
          <p className="hyph-empty">{t('hyphenation.empty')}</p>
        ) : (
          <HyphenationColumn blocks={summary.blocks} lang={lang} width={width} marks={marks} label={t('hyphenation.column')} />
        )}
      </div>
      <p className="hyph-count" role="status" data-testid="hyphenation-count">
        {t(`hyphenation.words.${plural(locale, summary.hyphenated)}`, { n: number(summary.hyphenated), total: number(summary.words) })}
        {' · '}
        {t(`hyphenation.breaks.${plural(locale, summary.breaks)}`, { n: number(summary.breaks) })}
      </p>
    </Dialog>
  );
}
