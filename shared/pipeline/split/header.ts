// The header of a release: where the lead starts, which line above it is the headline, and what
// lies between (a standfirst, a date line, a site stamp). The lead is the first prose paragraph
// the body continues after; a dateline opening the next paragraph makes a prose paragraph before
// it the standfirst. The headline is scored: shape (length, punctuation, capitals), distance
// from the lead, being printed twice or repeated in a breadcrumb or e-mail subject, the decoder's
// heading hints.
import { lineKey } from '../lines';
import { parseDateline } from './dateline';
import { capitalShare, isProse, isShort, type Group } from './pieces';
import { BYLINE } from './split.rules';

export interface Header {
  /** Index of the lead group, or groups.length when there is no body. */
  lead: number;
  title: number | null;
  /** The title score (for the confidence) and whether another candidate came close. */
  titleScore: number;
  titleContested: boolean;
  subtitle: number | null;
}

/** Texts elsewhere in the document that repeat the headline: breadcrumbs, e-mail subjects, page title. */
export interface Echoes {
  /** Keys (`lineKey`) of dropped breadcrumb lines and subject values. */
  texts: readonly string[];
  /** Lines that come first in the text or right after the page's navigation (menus, breadcrumb, labels). */
  afterNavigation: ReadonlySet<number>;
}

/** Below this a candidate is no headline (a lone word right above the lead still passes, flagged uncertain). */
const TITLE_MIN = 0.5;
const isStamp = (g: Group): boolean => g.pieces[0]!.stamp !== null;
const isByline = (g: Group): boolean => g.words <= 12 && BYLINE.test(g.text);

/** A title candidate's score; null when the group cannot be a headline. */
export function titleScore(g: Group, distance: number, repeats: ReadonlyMap<string, number>, echoes: Echoes): number | null {
  const text = g.text;
  if (isStamp(g) || isByline(g) || g.words < 1 || g.words > 45 || text.length > 350) return null;
  if (!/^[\p{Lu}\p{N}«"“‘'¿¡(]/u.test(text)) return null;
  let s = 0;
  if (g.words === 1) s -= 3;
  else if (g.words === 2) s -= 1.5;
  else if (g.words >= 5 && g.words <= 30) s += 1.5;
  else if (g.words > 30) s += 0.5;
  if (/[,;:]$/.test(text)) s -= 3;
  else if (/\.$/.test(text)) s -= 1;
  if (g.words <= 6 && text === text.toUpperCase() && /\p{L}/u.test(text)) s -= 2;
  const hint = g.pieces[0]!.hint;
  if (hint?.kind === 'heading') s += (hint.level ?? 3) <= 1 ? 3 : (hint.level ?? 3) === 2 ? 1.5 : 0.5;
  if (hint?.kind === 'emphasis' && hint.bold === true) s += 1;
  const key = lineKey(text);
  if ((repeats.get(key) ?? 0) >= 2) s += 2;
  if (key.length >= 12 && echoes.texts.some((e) => e.endsWith(key) || (e.length >= 12 && key.startsWith(e)))) s += 2;
  // The headline opens the article: it follows the navigation (an alt text or a caption does not).
  if (echoes.afterNavigation.has(g.pieces[0]!.seg.line)) s += 1.5;
  s += distance === 0 ? 2 : distance === 1 ? 1 : distance === 2 ? 0 : -(distance - 2);
  return s;
}

/**
 * The index of the lead group: the first prose paragraph, unless it reads as a menu's
 * description — under a short menu heading, followed by short entries (not a list it introduces).
 */
function findLead(groups: readonly Group[]): number {
  let first = -1;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (!isProse(g)) continue;
    if (first < 0) first = i;
    const after = groups.slice(i + 1).filter((o) => !isStamp(o)).slice(0, 3);
    const heading = groups.slice(0, i).filter((o) => !isStamp(o)).at(-1);
    const underMenuHeading = heading === undefined || heading.words <= 4;
    const menuAfter = after.length === 3 && after.every((o) => isShort(o) && !/:$/.test(o.text));
    if (!menuAfter || !underMenuHeading || /:$/.test(g.text) || parseDateline(g.text) !== null) return i;
  }
  if (first >= 0) return first;
  // No prose at all: a paragraph that opens with a dateline is still the lead.
  const dated = groups.findIndex((g) => !isStamp(g) && parseDateline(g.text)?.place != null);
  return dated >= 0 ? dated : groups.length;
}

/**
 * `Sentence.` / `Headline` / `PLACE – Lead…` (stamps aside): the paragraph with the dateline under
 * the headline right after the first sentence. Null for any other shape (a dated paragraph further
 * down a body is not its lead).
 */
function datedLeadBelow(groups: readonly Group[], lead: number): number | null {
  const rest = [];
  for (let j = lead + 1; j < groups.length && rest.length < 2; j++) if (!isStamp(groups[j]!)) rest.push(j);
  if (rest.length < 2) return null;
  const [h, j] = rest as [number, number];
  const above = groups[h]!;
  const headline = !isProse(above) && above.words >= 4 && above.words <= 30 && !/[.:,;]$/.test(above.text);
  return headline && isProse(groups[j]!) && parseDateline(groups[j]!.text)?.place != null ? j : null;
}

/**
 * `Summary sentence.` / `From: Ministry` / `Published` / `3 March 2025` / `Lead…`: a short first
 * paragraph followed by the page's metadata (a date stamp among a few short lines) and then prose
 * is the standfirst; the prose after the metadata is the lead. Null for any other shape.
 */
function leadBelowMetadata(groups: readonly Group[], lead: number): number | null {
  const first = groups[lead]!;
  if (first.words > 45 || first.pieces.length > 3) return null;
  let stamp = false;
  for (let j = lead + 1; j < groups.length && j <= lead + 7; j++) {
    const g = groups[j]!;
    if (isStamp(g)) stamp = true;
    else if (isProse(g)) return stamp && j > lead + 1 ? j : null;
    else if (g.words > 20 || /[.!?…]$/u.test(g.text)) return null;
  }
  return null;
}

/**
 * Reads the header of the grouped text. Pure. With no prose at all, the first group is the title
 * when it reads as one, and what follows it is body.
 */
export function readHeader(groups: readonly Group[], echoes: Echoes): Header {
  let lead = findLead(groups);
  if (lead === groups.length) {
    // No prose at all: the first line may still be a headline; the rest is the body.
    const first = groups[0];
    const s = first === undefined || groups.length < 2 ? null : titleScore(first, 0, new Map(), { texts: [], afterNavigation: new Set([first.pieces[0]!.seg.line]) });
    if (s !== null && s >= TITLE_MIN && !/[.:,;]$/.test(first!.text)) return { lead: 1, title: 0, titleScore: s, titleContested: false, subtitle: null };
    return { lead: 0, title: null, titleScore: 0, titleContested: false, subtitle: null };
  }
  let subtitle: number | null = null;
  const styled = (g: Group | undefined): boolean => g?.pieces[0]!.hint?.kind === 'emphasis' || (g?.pieces[0]!.hint?.kind === 'heading' && (g.pieces[0]!.hint.level ?? 1) >= 2);
  if (lead < groups.length && styled(groups[lead]) && groups[lead + 1] !== undefined && isProse(groups[lead + 1]!) && !styled(groups[lead + 1])) {
    // A bold or italic summary over plain text is the standfirst (the decoder saw the emphasis).
    subtitle = lead;
    lead++;
  } else if (lead < groups.length && parseDateline(groups[lead]!.text) === null) {
    // `Standfirst sentence.` then `TUNIS – Lead…`: the dateline marks the lead.
    let next = lead + 1;
    while (next < groups.length && isStamp(groups[next]!)) next++;
    const n = groups[next];
    if (n !== undefined && isProse(n) && parseDateline(n.text)?.place != null && groups[lead]!.words <= 80) {
      subtitle = lead;
      lead = next;
    } else {
      // `Site tagline.` / `Headline` / `GENEVA – Lead…`: a dated lead under a headline a few
      // paragraphs down is the lead; the sentence above the headline was page furniture.
      const dated = datedLeadBelow(groups, lead);
      const below = dated === null ? leadBelowMetadata(groups, lead) : null;
      if (dated !== null) lead = dated;
      else if (below !== null) {
        subtitle = lead;
        lead = below;
      }
    }
  }
  const limit = subtitle ?? lead;
  // How often each text occurs above the lead: a headline is often printed twice.
  const repeats = new Map<string, number>();
  for (const g of groups.slice(Math.max(0, limit - 24), limit)) {
    const key = lineKey(g.text);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestScore = -Infinity;
  let second = -Infinity;
  let distance = 0;
  for (let i = limit - 1; i >= 0 && limit - i <= 12; i--) {
    const g = groups[i]!;
    if (isStamp(g) || isByline(g)) continue;
    const s = titleScore(g, distance, repeats, echoes);
    distance++;
    if (s === null) continue;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = i;
    } else if (s > second) second = s;
  }
  if ((best === null || bestScore < TITLE_MIN) && subtitle !== null && subtitle === lead - 1 && groups[subtitle]!.pieces.length <= 2 && groups[subtitle]!.words <= 30) {
    // `Headline ending with a full stop.` right above `GENEVA – Lead…`: a headline, not a standfirst.
    return { lead, title: subtitle, titleScore: 1.5, titleContested: false, subtitle: null };
  }
  if (best === null || bestScore < TITLE_MIN) return { lead, title: null, titleScore: bestScore, titleContested: false, subtitle };
  if (subtitle === null) {
    const upper = headlineAbove(groups, best, repeats, echoes);
    if (upper !== null) return { lead, title: upper, titleScore: Math.max(bestScore, TITLE_MIN), titleContested: false, subtitle: best };
    subtitle = standfirstBetween(groups, best, lead);
  }
  return { lead, title: best, titleScore: bestScore, titleContested: second > -Infinity && bestScore - second < 1, subtitle };
}

/**
 * `Headline` / `Summary line` / (stamp) / lead: two headline-shaped lines, the upper one right
 * above the chosen one, are the headline and its standfirst (a press release prints the headline
 * first). Not when the upper line is a kicker or label (a few words, capitals), a sentence or a
 * clause (`.` `:` `,` `;` at its end), a repeat of the chosen line, or less of a heading than the
 * chosen line by the decoder's hints. Returns the upper group's index, or null.
 */
function headlineAbove(groups: readonly Group[], best: number, repeats: ReadonlyMap<string, number>, echoes: Echoes): number | null {
  const lower = groups[best]!;
  const u = best - 1;
  const upper = groups[u];
  if (upper === undefined || isStamp(upper) || isByline(upper) || lower.pieces.length > 3) return null;
  if (upper.words < 4 || upper.words > 30 || lower.words < 6 || /[.:,;]$/.test(upper.text) || /[:,;]$/.test(lower.text)) return null;
  // A short capitalised line is a name (the issuing office's letterhead, a section), not a headline.
  if (upper.words < 6 && capitalShare(upper.text) >= 0.75) return null;
  if (upper.text === upper.text.toUpperCase() || lineKey(upper.text) === lineKey(lower.text) || (repeats.get(lineKey(lower.text)) ?? 0) >= 2) return null;
  const rank = (g: Group): number => {
    const h = g.pieces[0]!.hint;
    return h?.kind === 'heading' ? 7 - (h.level ?? 6) : h?.kind === 'emphasis' ? 0.5 : 0;
  };
  if (rank(upper) < rank(lower)) return null;
  // The chosen line is what a breadcrumb or the e-mail subject repeats: it is the headline.
  const key = lineKey(lower.text);
  if (key.length >= 12 && echoes.texts.some((e) => e.endsWith(key) || (e.length >= 12 && key.startsWith(e)))) return null;
  return titleScore(upper, 1, repeats, echoes) === null ? null : u;
}

/**
 * A summary line printed like a second headline (no closing punctuation): a sentence-case clause
 * of nine words or more (an image's alt text or a caption is shorter), not a `Label: value` line,
 * not capitals, not a clause that goes on.
 */
function summaryShaped(g: Group): boolean {
  const t = g.text;
  return g.words >= 9 && g.words <= 45 && g.pieces.length <= 3 && !/[:,;–—-]$/.test(t) && t !== t.toUpperCase() && !/^[^:]{1,30}:\s/.test(t) && capitalShare(t) < 0.75;
}

/** A summary sentence between the headline and the lead (not a stamp, a byline or a repeat). */
function standfirstBetween(groups: readonly Group[], title: number, lead: number): number | null {
  const key = lineKey(groups[title]!.text);
  for (let i = title + 1; i < lead; i++) {
    const g = groups[i]!;
    if (isStamp(g) || isByline(g) || lineKey(g.text) === key) continue;
    const hint = g.pieces[0]!.hint;
    const styled = hint?.kind === 'heading' || (hint?.kind === 'emphasis' && hint.italic === true);
    return g.words >= 6 && (/[.!?…]$/.test(g.text) || styled || summaryShaped(g)) ? i : null;
  }
  return null;
}

const teaserHead = (g: Group | undefined): boolean => g !== undefined && !isStamp(g) && !isProse(g) && g.words >= 3 && g.words <= 30 && !/[.:,;]$/.test(g.text);

/**
 * Where other items begin after the lead, on a listing page or under the article: the next
 * item (a headline, perhaps a stamp, then a paragraph opening with a dated dateline), or a run of
 * teasers (two headlines each followed by its stamp). Null when the text holds one release.
 */
export function nextItem(groups: readonly Group[], lead: number): number | null {
  for (let j = lead + 2; j < groups.length; j++) {
    const g = groups[j]!;
    if (isStamp(g)) {
      // `Teaser headline` / `12 March 2024` / `Teaser headline` / `2 days ago`
      if (teaserHead(groups[j - 1]) && j - 1 > lead && teaserHead(groups[j + 1]) && groups[j + 2] !== undefined && isStamp(groups[j + 2]!)) return j - 1;
      continue;
    }
    if (parseDateline(g.text)?.date?.iso == null) continue;
    let h = j - 1;
    while (h > lead && isStamp(groups[h]!)) h--;
    if (h > lead && teaserHead(groups[h])) return h;
  }
  return null;
}
