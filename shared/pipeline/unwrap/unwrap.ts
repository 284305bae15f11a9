// The unwrap stage: rebuilds paragraphs from hard-wrapped lines and undoes line-end hyphens.
// Pure and total: no I/O, never throws, linear in the size of the input.
import type { Lexicon, Paragraph, Segment, UnwrapContext } from '../model';
import { joinLines, type JoinContext } from './join';
import { analyseLayout, breakBetween, confirmWeakMarkers, layoutLine, type LayoutLine } from './layout';
import type { BreakRuleId } from './unwrap.rules';
import { textWords } from './vocabulary';

/** A lexicon that knows no word: the cascade's fallbacks decide (and flag their joins). */
export const NO_LEXICON: Lexicon = { has: () => false };

/** The unwrap context plus every raw line of the document, so blank lines and gaps are visible. */
export type UnwrapInput = UnwrapContext & { lines: readonly string[] };

/**
 * Joins segments already known to form one paragraph (a wrapped headline, a contact line):
 * indentation and trailing spaces dropped, wraps become one space, line-end hyphens go through
 * the cascade. `joins[i]` joins segments i and i+1. Pure.
 */
export function joinSegments(segments: readonly Segment[], ctx: UnwrapContext): { text: string; joins: Paragraph['joins'] } {
  const texts = segments.map((s) => layoutLine(s, null).text);
  return joinLines(texts, { lang: ctx.lang, lexicon: ctx.lexicon, seen: textWords(texts) });
}

function paragraphOf(run: LayoutLine[], ctx: JoinContext): Paragraph {
  const first = run[0]!;
  const texts = run.map((l) => l.text);
  if (first.marker !== null) texts[0] = texts[0]!.slice(first.marker.length);
  const { text, joins } = joinLines(texts, ctx);
  return { segments: run.map((l) => l.segment), joins, text: text.trim(), list: first.list };
}

interface Run {
  lines: LayoutLine[];
  /** Why this paragraph starts (null for the first). */
  why: BreakRuleId | null;
}

/** The paragraph runs of the kept segments. */
function runsOf(segments: readonly Segment[], ctx: UnwrapInput): Run[] {
  const ls: LayoutLine[] = [];
  for (const s of segments) {
    const l = layoutLine(s, ctx.hints?.[s.line] ?? null);
    // A segment of only spaces holds nothing to place.
    if (l.text !== '') ls.push(l);
  }
  if (ls.length === 0) return [];
  confirmWeakMarkers(ls, ctx.lines, ctx.hints?.some((h) => h?.kind === 'list-item') ?? false);
  const layout = analyseLayout(ls, ctx.lines, ctx.lang);
  const runs: Run[] = [{ lines: [ls[0]!], why: null }];
  for (let i = 1; i < ls.length; i++) {
    const run = runs[runs.length - 1]!.lines;
    const why = breakBetween(ls[i - 1]!, ls[i]!, { first: run[0]!, count: run.length }, layout, ctx.lines);
    if (why !== null) runs.push({ lines: [ls[i]!], why });
    else run.push(ls[i]!);
  }
  return runs;
}

/**
 * Rebuilds paragraphs from the kept segments (in document order). With blank lines in the body a
 * blank line ends a paragraph and a single line break is a wrap; without them a line ending in
 * `. ! ? : … » " ”` ends one; a list marker (`- `, `• `, `1. `, `a) `) starts one (marker removed,
 * `list` set); a short standalone line, or (without blank lines) a line whose next word would
 * have fitted, ends one (subheadings); a line ending in a comma, an elision or a function word
 * never does; a text that was never wrapped has one paragraph per line; a hinted line (heading,
 * list item, caption…) is a paragraph of its own. Every segment with text is in exactly one
 * paragraph, in order. Pure, total, linear.
 */
export function unwrapSegments(segments: readonly Segment[], ctx: UnwrapInput): Paragraph[] {
  const join = joinContext(ctx);
  return runsOf(segments, ctx).map((run) => paragraphOf(run.lines, join));
}

/** The joining context of a document: its language, lexicon, and the words all its lines write. */
function joinContext(ctx: UnwrapInput): JoinContext {
  return { lang: ctx.lang, lexicon: ctx.lexicon, seen: textWords(ctx.lines) };
}

/** `unwrapSegments` plus, per paragraph, the break rule that started it (null for the first). */
export function unwrapExplained(segments: readonly Segment[], ctx: UnwrapInput): { paragraph: Paragraph; startedBy: BreakRuleId | null }[] {
  const join = joinContext(ctx);
  return runsOf(segments, ctx).map((run) => ({ paragraph: paragraphOf(run.lines, join), startedBy: run.why }));
}

/**
 * The text with hard wraps and line-end hyphens resolved: one paragraph per line group,
 * paragraphs separated by one blank line, list markers kept (what `galley unwrap` prints).
 * Line endings CRLF/CR are read as LF. Pure, total, linear.
 */
export function unwrapText(text: string, ctx: UnwrapContext): string {
  const lines = text.split(/\r\n|\r|\n/);
  const segments: Segment[] = [];
  lines.forEach((line, i) => {
    if (/\S/.test(line)) segments.push({ line: i, start: 0, end: line.length, text: line });
  });
  const input = { ...ctx, lines };
  const join = joinContext(input);
  return runsOf(segments, input)
    .map((run) => (run.lines[0]!.marker ?? '') + paragraphOf(run.lines, join).text)
    .join('\n\n');
}
