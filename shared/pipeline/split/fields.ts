// Field helpers of the split: the headline's text (wrapped lines joined, a glued button label cut
// off), what elsewhere in the document echoes the headline, the release date chosen among the
// dateline, a date line and a site stamp, and the forced lines of the user.
import type { Destination, LineOverrides } from '../../domain';
import { boilerplateRule, readable, subjectOf } from '../boilerplate';
import { lineKey } from '../lines';
import type { DecodedDocument, Segment, Verdict } from '../model';
import { parseStamp } from './stamp';
import type { Dateline } from './dateline';
import type { Echoes } from './header';
import { TITLE_BUTTONS } from './split.rules';
import type { Stamp } from './stamp';

const BUTTON = new RegExp(`\\s+(?:${TITLE_BUTTONS.join('|')})\\s*$`, 'iu');
const SUBJECT_PREFIX = /^(?:(?:tr|fw|fwd|re|rv|réf|ref|wg|aw)\s*:\s*)+/iu;
const LABEL_PREFIX = /^(?:communiqu[ée] de presse|communiqu[ée]|press release|news release|comunicado de prensa|comunicado|nota de prensa)\s*[-–—:|]\s*/iu;

/** Where a button label glued to the end of a headline line starts (offset in `raw`), or -1. */
export function buttonAt(raw: string): number {
  if (raw.length > 1000) return -1;
  const m = BUTTON.exec(raw.trimEnd());
  if (m === null || raw.trimEnd().length - m[0].length < 20) return -1;
  return m.index;
}

/** The headline's text: markup removed, entities decoded, spaces collapsed, button label removed. */
export function titleText(joined: string): string {
  const t = readable(joined);
  const cut = buttonAt(t);
  return cut >= 0 ? t.slice(0, cut).trim() : t;
}

/** A subject line's value without `TR:`/`Fwd:` prefixes and a `Press release -` label. */
export function subjectCore(subject: string): string {
  return subject.replace(SUBJECT_PREFIX, '').replace(LABEL_PREFIX, '').trim();
}

/** Breadcrumbs, e-mail subjects and the page title: texts a headline is often repeated in. */
export function echoesOf(verdicts: readonly Verdict[], meta: DecodedDocument['meta']): Echoes {
  const texts: string[] = [];
  const afterNavigation = new Set<number>();
  let previous: Verdict | null = null;
  for (const v of verdicts) {
    if (previous === null || (previous.drop && NAVIGATION.has(previous.rule ?? ''))) afterNavigation.add(v.segment.line);
    previous = v;
    if (v.rule === 'bp-breadcrumb') texts.push(lineKey(readable(v.segment.text)));
    if (v.rule === 'bp-email-header') {
      const s = subjectOf(readable(v.segment.text));
      if (s !== null) texts.push(lineKey(subjectCore(s)));
    }
  }
  for (const m of [meta.subject, meta.title]) if (m) texts.push(lineKey(subjectCore(m)));
  return { texts: texts.filter((t) => t.length > 0), afterNavigation };
}

/** Rules that mean "the page's navigation": what follows them may open the article. */
const NAVIGATION = new Set(['bp-breadcrumb', 'bp-menu', 'bp-menu-repeated', 'bp-nav-entry', 'bp-skip-link', 'bp-site-label', 'bp-chrome', 'bp-cookie-banner', 'bp-cookie-button', 'bp-language-switcher', 'bp-glued-heading', 'bp-menu-blurb', 'bp-email-header', 'bp-email-separator', 'bp-embargo', 'bp-separator']);

export interface DateChoice {
  date: string | null;
  confidence: number;
  /** Why the date is doubtful (two sources disagree, numeric order unknown, no year). */
  doubt: string | null;
  source: 'dateline' | 'date-line' | 'stamp' | null;
}

/**
 * The release date: the dateline's wins over a date line above the headline, which wins over a
 * site stamp. A dateline without a year gives none of its own (a stamp's date is then used, flagged).
 */
export function chooseDate(dateline: Dateline | null, stamps: readonly { stamp: Stamp; beforeTitle: boolean }[]): DateChoice {
  const full = stamps.filter((s) => s.stamp.iso !== null);
  const line = full.find((s) => s.stamp.place || s.beforeTitle);
  const site = full.find((s) => s !== line);
  const fallback = line ?? site;
  const dl = dateline?.date ?? null;
  if (dl?.iso != null) {
    const other = fallback?.stamp.iso;
    const doubt = dl.uncertain ? 'numeric-order' : other !== undefined && other !== null && other !== dl.iso ? `${dl.iso} / ${other}` : null;
    return { date: dl.iso, confidence: dl.uncertain ? 0.6 : 0.95, doubt, source: 'dateline' };
  }
  if (fallback !== undefined) {
    const noYear = dl !== null && dl.iso === null;
    const uncertain = fallback.stamp.uncertain || noYear;
    return { date: fallback.stamp.iso, confidence: uncertain ? 0.5 : fallback === line ? 0.85 : 0.8, doubt: noYear ? 'dateline-without-year' : fallback.stamp.uncertain ? 'numeric-order' : null, source: fallback === line ? 'date-line' : 'stamp' };
  }
  return { date: null, confidence: 0, doubt: null, source: null };
}

/** The user's forced lines by destination. */
export function forcedLines(overrides: LineOverrides): Map<number, Destination> {
  const out = new Map<number, Destination>();
  for (const [line, dest] of Object.entries(overrides)) out.set(Number(line), dest);
  return out;
}

/** True when a verdict's rule says the release is over (end mark, about blurb, footer…). */
export function endsBody(v: Verdict): boolean {
  return v.drop && (boilerplateRule(v.rule)?.endsBody ?? false);
}


/**
 * When no kept line could be the headline, a line the boilerplate stage dropped on a structural
 * guess only (a short headline caught in a menu run) is taken back: the nearest one above the
 * lead that has a headline's shape, with its verbatim repeats. Empty when there is none.
 */
export function reclaimTitle(verdicts: readonly Verdict[], lead: Segment): Segment[] {
  const at = verdicts.findIndex((v) => v.segment.line === lead.line && v.segment.start === lead.start);
  for (let i = at - 1; i >= 0 && at - i <= 12; i--) {
    const v = verdicts[i]!;
    if (!v.drop || !(boilerplateRule(v.rule)?.soft ?? false)) continue;
    const text = readable(v.segment.text);
    const words = text.split(/\s+/).length;
    if (words < 4 || words > 40 || /[.:,;]$/.test(text) || !/^[\p{Lu}\p{N}«"“]/u.test(text) || parseStamp(text) !== null) continue;
    const key = lineKey(text);
    return verdicts.slice(Math.max(0, i - 3), at).filter((o) => o.drop && lineKey(readable(o.segment.text)) === key).map((o) => o.segment);
  }
  return [];
}
