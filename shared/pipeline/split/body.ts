// The body: from the lead to the end of the release (a contact block, an end mark, an about
// blurb, a footer…), rebuilt into paragraphs by the unwrap stage, the lead's dateline cut off,
// markup removed and entities decoded, subheadings and list items as blocks of their own.
import type { Block } from '../../domain';
import { readable } from '../boilerplate';
import type { LineHint, Paragraph, Segment, UnwrapContext } from '../model';
import { joinSegments } from '../unwrap';
import { segKey } from './assign';
import { DATELINE_SEPARATOR, parseDateline, separatorStart, type Dateline } from './dateline';

/** What the body paragraphs became. */
export interface Body {
  paragraphs: Paragraph[];
  texts: string[];
  blocks: Block[];
  dateline: Dateline | null;
  /** Segments wholly taken by the dateline, and where the one that holds its separator is cut. */
  datelineSegments: Segment[];
  datelineCut: { seg: Segment; at: number } | null;
}

const SEPARATOR = new RegExp(DATELINE_SEPARATOR.source, 'gu');
const TAG_AFTER = /^\(\s*\p{Lu}[\p{L}\s.&-]{0,30}\)\s*(?:--|[-–—])\s*/u;
const SUBHEADING_END = /[.!?:;,…»"”)]$/u;

/**
 * Where the dateline prefix ends in the raw segments of the lead: the first separator in reading
 * order. Segments before it are all dateline (`GOMA, République…, 27 février` / `2024 - Plus…`).
 */
function datelineSpan(segs: readonly Segment[], separators: number): { whole: Segment[]; cut: { seg: Segment; at: number } | null } {
  const whole: Segment[] = [];
  let left = separators;
  for (const seg of segs.slice(0, 3)) {
    const head = seg.text.slice(0, 400);
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(head); m !== null; m = SEPARATOR.exec(head)) {
      if (separatorStart(m) === 0 && whole.length === 0 && left === separators) continue;
      if (--left > 0) continue;
      // A wire's tag between two separators (`Kenya--(BUSINESS WIRE)--The…`) goes with the dateline.
      const end = m.index + m[0].length;
      const tag = TAG_AFTER.exec(head.slice(end));
      const at = seg.start + end + (tag === null ? 0 : tag[0].length);
      return { whole, cut: at < seg.end ? { seg, at } : null };
    }
    whole.push(seg);
  }
  return { whole: [], cut: null };
}

/** A one-line paragraph of a few words without closing punctuation: a subheading's shape. */
function headingShaped(p: Paragraph | undefined, text: string | undefined): boolean {
  if (p === undefined || text === undefined || p.list !== null) return false;
  return p.segments.length === 1 && text.split(/\s+/).length <= 12 && !SUBHEADING_END.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

/**
 * The block a paragraph makes: list item, heading (a heading hint, or a short standalone line
 * between two paragraphs of text — a run of short lines is a plain list, not headings), quote,
 * or paragraph.
 */
function blockOf(ps: readonly Paragraph[], texts: readonly string[], i: number, hints: readonly (LineHint | null)[]): Block {
  const p = ps[i]!;
  const hint = hints[p.segments[0]!.line] ?? null;
  const children = [{ text: texts[i]! }];
  if (p.list !== null || hint?.kind === 'list-item') return { type: 'list-item', list: p.list ?? hint?.list ?? 'bullet', indent: 0, children };
  if (hint?.kind === 'heading') return { type: 'heading', level: (hint.level ?? 2) <= 2 ? 2 : 3, children };
  const alone = !headingShaped(ps[i - 1], texts[i - 1]) && !headingShaped(ps[i + 1], texts[i + 1]);
  if (i > 0 && i < ps.length - 1 && alone && headingShaped(p, texts[i])) return { type: 'heading', level: 2, children };
  if (hint?.kind === 'blockquote') return { type: 'quote', children };
  return { type: 'paragraph', children };
}

/**
 * Reads the body from its paragraphs: texts (markup removed, entities decoded, spaces collapsed),
 * the dateline of the first one, and the blocks. Empty paragraphs (a line of tags) are left out.
 */
export function readBody(paragraphs: readonly Paragraph[], hints: readonly (LineHint | null)[]): Body {
  const kept: Paragraph[] = [];
  const texts: string[] = [];
  for (const p of paragraphs) {
    const text = readable(p.text);
    if (text === '') continue;
    kept.push(p);
    texts.push(text);
  }
  let dateline: Dateline | null = null;
  let datelineSegments: Segment[] = [];
  let datelineCut: Body['datelineCut'] = null;
  if (texts.length > 0) {
    dateline = parseDateline(texts[0]!);
    if (dateline !== null) {
      const rest = texts[0]!.slice(dateline.length).trim();
      const span = datelineSpan(kept[0]!.segments, dateline.separators ?? 1);
      datelineSegments = span.whole;
      datelineCut = span.cut;
      if (rest === '') {
        // The dateline stood on its own: the next paragraph is the lead.
        datelineSegments = kept[0]!.segments;
        datelineCut = null;
        kept.shift();
        texts.shift();
      } else texts[0] = rest;
    }
  }
  const blocks = kept.map((_, i) => blockOf(kept, texts, i, hints));
  return { paragraphs: kept, texts, blocks, dateline, datelineSegments, datelineCut };
}

/**
 * The lead as the header read it: when the unwrap stage cut the lead's lines into several
 * paragraphs that all lie inside the lead paragraph found by the header (a dateline wrapped after
 * its month: `GOMA, …, 27 février` / `2024 - Plus de…`), they are joined back into one.
 */
export function mergeLead(paragraphs: Paragraph[], lead: ReadonlySet<string>, ctx: UnwrapContext): Paragraph[] {
  let n = 0;
  while (n < paragraphs.length && paragraphs[n]!.list === null && paragraphs[n]!.segments.every((s) => lead.has(segKey(s)))) n++;
  if (n < 2) return paragraphs;
  const segments = paragraphs.slice(0, n).flatMap((p) => p.segments);
  const { text, joins } = joinSegments(segments, ctx);
  return [{ segments, joins, text: text.trim(), list: null }, ...paragraphs.slice(n)];
}
