// Confidence per field and the flags the review screen points out: no title or a doubtful one,
// two datelines, no date or a doubtful one, contact warnings (from the contact stage), doubtful
// hyphen joins (from the unwrap stage), unknown quote speakers, an unclear language.
import type { Quote, SplitField, SplitFlag } from '../../domain';
import type { Body } from './body';
import { parseDateline, type Dateline } from './dateline';
import type { DateChoice } from './fields';
import type { Header } from './header';
import type { LanguageGuess } from './language';
import type { ContactBlock } from './contacts';

export interface OutcomeInput {
  title: string | null;
  header: Header;
  dateline: Dateline | null;
  forcedPlace: string | null;
  dateChoice: DateChoice;
  body: Body;
  block: ContactBlock;
  quotes: readonly Quote[];
  language: LanguageGuess;
  lines: readonly string[];
}

const flag = (field: SplitField, code: SplitFlag['code'], line: number | null = null, detail: string | null = null): SplitFlag => ({
  field,
  code,
  line,
  detail: detail === null ? null : detail.slice(0, 300),
});

/** Confidences (0–1) per field and the review flags of a split. Pure. */
export function outcomeFlags(o: OutcomeInput): { confidence: Partial<Record<SplitField, number>>; flags: SplitFlag[] } {
  const flags: SplitFlag[] = [];
  const round = (n: number): number => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
  // A headline right above the lead with an ordinary length scores 3.5 (confidence 0.85).
  const titleConf = o.title === null ? 0 : round(0.5 + 0.1 * o.header.titleScore - (o.header.titleContested ? 0.15 : 0));
  if (o.title === null) flags.push(flag('title', 'no-title'));
  else if (o.header.titleScore < 2.5 || o.header.titleContested) flags.push(flag('title', 'title-uncertain'));

  // A second paragraph that opens like a lead (place and date) means two releases or a misplaced lead.
  const second = o.body.texts.slice(1, 4).findIndex((t) => parseDateline(t)?.date?.iso != null);
  if (second >= 0) {
    const p = o.body.paragraphs[second + 1]!;
    flags.push(flag('dateline', 'two-datelines', p.segments[0]!.line, o.body.texts[second + 1]!.slice(0, 80)));
  }
  if (o.dateChoice.date === null) flags.push(flag('date', 'no-date'));
  else if (o.dateChoice.doubt !== null) flags.push(flag('date', 'date-uncertain', null, o.dateChoice.doubt));

  for (const p of o.body.paragraphs) {
    p.joins.forEach((j, i) => {
      if (!j.doubtful) return;
      const seg = p.segments[i]!;
      const next = p.segments[i + 1]!;
      const left = seg.text.slice(-60).trimEnd().split(/\s+/).at(-1) ?? '';
      const right = next.text.slice(0, 60).trimStart().split(/\s+/)[0] ?? '';
      flags.push(flag('body', 'doubtful-join', seg.line, `${left}/${right}`));
    });
  }
  flags.push(...o.block.flags);
  if (o.quotes.some((q) => q.speaker === null)) flags.push(flag('quotes', 'quote-speaker-unknown'));
  if (o.language.confidence < 0.5) flags.push(flag('language', 'language-uncertain', null, `${Math.round(o.language.confidence * 100)} %`));

  const hasPlace = o.forcedPlace !== null || o.dateline?.place != null;
  const confidence: Partial<Record<SplitField, number>> = {
    title: titleConf,
    subtitle: o.header.subtitle === null ? 0.7 : 0.7,
    dateline: o.forcedPlace !== null ? 1 : hasPlace ? 0.9 : 0.7,
    date: round(o.dateChoice.confidence),
    body: round(o.body.texts.length === 0 ? 0 : o.title !== null || hasPlace ? 0.9 : 0.7),
    quotes: o.quotes.length === 0 ? 0.8 : round(0.85 - (o.quotes.some((q) => q.speaker === null) ? 0.2 : 0)),
    contacts: round(o.block.confidence),
    language: round(o.language.confidence),
  };
  return { confidence, flags };
}
