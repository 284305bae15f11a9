import { useI18n } from '../../i18n/I18nProvider';
import { drawInvisibles, excerptOf, type Change } from './draw';

/** Text with its invisible characters drawn (⍽ ⎵ ¬…), each mark named for assistive technology. */
export function Drawn({ text, spaces = false }: { text: string; spaces?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {drawInvisibles(text, spaces).map((piece, i) =>
        piece.kind === null ? (
          piece.text
        ) : (
          <span key={i} className={`typo-mark typo-mark-${piece.kind}`} role="img" aria-label={t(`editor.typo.mark.${piece.kind}`)} title={t(`editor.typo.mark.${piece.kind}`)}>
            {piece.text}
          </span>
        ),
      )}
    </>
  );
}

/**
 * A before → after preview of changes in their sentence: removed text struck through, inserted
 * text marked, invisible characters drawn (ordinary spaces too inside the changes, so a space
 * that becomes a no-break space is seen to change).
 */
export function SuggestionDiff({ text, changes, radius }: { text: string; changes: readonly Change[]; radius?: number }) {
  const { t } = useI18n();
  const { pieces, clippedStart, clippedEnd } = excerptOf(text, changes, radius);
  return (
    <span className="typo-diff" data-testid="typo-diff">
      {clippedStart && <span className="typo-diff-gap">…</span>}
      {pieces.map((piece, i) => {
        if (piece.kind === 'same') return <Drawn key={i} text={piece.text} />;
        if (piece.kind === 'gap') return <span key={i} className="typo-diff-gap"> … </span>;
        const Tag = piece.kind === 'del' ? 'del' : 'ins';
        return (
          <Tag key={i} className={`typo-diff-${piece.kind}`}>
            <span className="visually-hidden">{t(piece.kind === 'del' ? 'editor.typo.removed' : 'editor.typo.added')} </span>
            <Drawn text={piece.text} spaces />
          </Tag>
        );
      })}
      {clippedEnd && <span className="typo-diff-gap">…</span>}
    </span>
  );
}

/** The same preview on two lines, before then after (the popover has the room for it). */
export function BeforeAfter({ text, changes }: { text: string; changes: readonly Change[] }) {
  const { t } = useI18n();
  const { pieces, clippedStart, clippedEnd } = excerptOf(text, changes, 24);
  const line = (side: 'del' | 'ins') => (
    <span className="typo-diff">
      {clippedStart && <span className="typo-diff-gap">…</span>}
      {pieces.map((piece, i) => {
        if (piece.kind === 'same') return <Drawn key={i} text={piece.text} />;
        if (piece.kind === 'gap') return <span key={i} className="typo-diff-gap"> … </span>;
        if (piece.kind !== side) return null;
        return (
          <span key={i} className={`typo-diff-${side}`}>
            <Drawn text={piece.text} spaces />
          </span>
        );
      })}
      {clippedEnd && <span className="typo-diff-gap">…</span>}
    </span>
  );
  return (
    <dl className="typo-before-after" data-testid="typo-diff">
      <dt>{t('editor.typo.before')}</dt>
      <dd>{line('del')}</dd>
      <dt>{t('editor.typo.after')}</dt>
      <dd>{line('ins')}</dd>
    </dl>
  );
}
