// Block rules: a line that a cue rule recognised, and what belongs with it — the buttons of a
// cookie banner, the networks of a share bar, the blurb under "About", the teasers under "Read
// also", the caption above a photo credit. Each pass walks the unit list once.
import type { LineHint } from '../model';
import { parseDateline } from '../split/dateline';
import { parseStamp } from '../split/stamp';
import { COOKIE_BUTTONS, LANGUAGE_NAMES, SHARE_ITEMS, SHARE_LABELS } from './cues.web';
import { phrases, startsWithCue } from './line.rules';
import { hasEmail, fold, PHONE, SENTENCE_END } from './text';
import { mark, open, type Unit } from './units';

const BUTTONS = phrases(COOKIE_BUTTONS);
const LANGUAGES = phrases(LANGUAGE_NAMES);
const SHARE = new Set([...phrases(SHARE_ITEMS), ...phrases(SHARE_LABELS)]);
/** Openings of a contact block: a block rule stops there (the contact stage reads it). */
export const CONTACT_STOP = [
  "pour plus d'information", "pour plus d'informations", 'pour toute demande', 'pour toute information', 'contact', 'contacts', 'relations presse', 'relations medias',
  'for more information', 'for further information', 'media contact', 'media contacts', 'press contact', 'press contacts', 'for media enquiries', 'for media inquiries',
  'para mas informacion', 'para mayor informacion', 'contacto', 'contactos', 'contacto de prensa', 'contactos de prensa', 'prensa:',
].map(fold);

/** True when a unit opens a contact block. */
export function isContactStart(u: Unit): boolean {
  return u.words <= 20 && startsWithCue(u.folded, CONTACT_STOP);
}

/** Drops the short button lines that follow (or precede) a cookie banner. */
export function cookieButtons(units: Unit[]): void {
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.rule !== 'bp-cookie-banner') continue;
    for (const step of [1, -1]) {
      for (let j = k + step; j >= 0 && j < units.length; j += step) {
        const u = units[j]!;
        if (u.rule === 'bp-cookie-banner' || u.rule === 'bp-cookie-button') continue;
        if (!open(u) || u.words > 4 || !BUTTONS.has(u.bare)) break;
        mark(u, 'bp-cookie-button', 0.9);
      }
    }
  }
}

/**
 * The values under a tag or theme label printed alone (`Thématiques` / `Santé` / `Frontières`) and
 * the languages under a switcher's label or next to each other (`English` / `Français`).
 */
export function labelledLists(units: Unit[]): void {
  for (let k = 0; k < units.length; k++) {
    const head = units[k]!;
    const taxonomy = head.rule === 'bp-taxonomy' && head.words <= 3;
    const languages = head.rule === 'bp-language-switcher';
    if (!taxonomy && !languages) continue;
    for (let j = k + 1; j < units.length && j - k <= 12; j++) {
      const u = units[j]!;
      if (!open(u) || u.blankBefore || u.words > 6 || /[.:;!?]$/.test(u.text)) break;
      if (languages && !LANGUAGES.has(u.bare)) break;
      mark(u, head.rule!, 0.8);
    }
  }
}

/** Single networks (`Facebook`, `X`, `Email`) are a share bar only next to other share lines. */
export function shareRuns(units: Unit[]): void {
  const shareish = (u: Unit | undefined): boolean => u !== undefined && (u.rule === 'bp-share-bar' || (u.words <= 3 && SHARE.has(u.bare) && !/:\s*$/.test(u.text)));
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!open(u) || !shareish(u)) continue;
    const prev = units[k - 1];
    const next = units[k + 1];
    const near = (v: Unit | undefined, blankBetween: boolean): boolean => v !== undefined && !blankBetween && shareish(v);
    if (near(prev, u.blankBefore) || near(next, u.blankAfter)) {
      mark(u, 'bp-share-bar', 0.9);
    }
  }
  // A label read as a share item (`Partager`) is marked by the line rules; mark the rest of its run.
  for (let k = 1; k < units.length; k++) {
    const u = units[k]!;
    if (open(u) && shareish(u) && !u.blankBefore && units[k - 1]!.rule === 'bp-share-bar') mark(u, 'bp-share-bar', 0.9);
  }
}

/**
 * What follows a heading that announces a block of its own: the about blurb, the note to editors,
 * the teasers of "Read also". The block runs to the next blank line (or, for teasers, as long as
 * lines stay teaser-sized), never into a contact block or an address.
 */
export function followingBlocks(units: Unit[], docHasBlankLines: boolean): void {
  for (let k = 0; k < units.length; k++) {
    const head = units[k]!;
    const rule = head.rule;
    if (rule !== 'bp-about' && rule !== 'bp-editor-note' && rule !== 'bp-related' && rule !== 'bp-email-disclaimer') continue;
    const teasers = rule === 'bp-related';
    // `Note to editors: photos are…` holds its text on the heading line itself.
    const inline = !teasers && head.words > 6;
    if (inline && !docHasBlankLines && SENTENCE_END.test(head.text)) continue;
    let started = inline;
    for (let j = k + 1; j < units.length && j - k <= 15; j++) {
      const u = units[j]!;
      if (isContactStart(u) || hasEmail(u.text) || PHONE.test(u.text)) break;
      if (teasers ? u.words > 40 : u.blankBefore && started) break;
      if (!open(u)) {
        if (u.rule === rule || u.rule === 'bp-teaser') continue;
        break;
      }
      mark(u, teasers ? 'bp-teaser' : rule, teasers ? 0.8 : 0.85);
      started = true;
      // Without blank lines, a block is one paragraph: it ends with its sentence.
      if (!teasers && !docHasBlankLines && SENTENCE_END.test(u.text)) break;
    }
  }
}

/**
 * The caption above a photo credit: one short line set apart from the text (a blank line or a
 * dropped line above it; without blank lines in the text, a very short one). A paragraph that
 * opens with a dateline is the lead, never a caption.
 */
export function captions(units: Unit[], docHasBlankLines: boolean): void {
  for (let k = 1; k < units.length; k++) {
    if (units[k]!.rule !== 'bp-credit' || units[k]!.blankBefore) continue;
    const c = units[k - 1]!;
    if (!open(c) || c.words > 40 || /[:,]$/.test(c.text) || hasEmail(c.text) || parseDateline(c.text) !== null) continue;
    const before = units[k - 2];
    const apart = docHasBlankLines ? c.blankBefore || before === undefined || !open(before) : c.words <= 20;
    if (apart) mark(c, 'bp-caption', 0.8);
  }
}

/**
 * `Fecha: 18/11/2024` printed in the page's header right above the article's headline: the
 * release's date line, not chrome. The nearest dated chrome line among the three above the
 * headline (a heading of level 1–2 outside the chrome), or null.
 */
function dateAboveHeadline(units: readonly Unit[], hints: readonly (LineHint | null)[]): Unit | null {
  const at = units.findIndex((u) => {
    const h = hints[u.seg.line];
    return h?.kind === 'heading' && (h.level ?? 9) <= 2;
  });
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const u = units[k]!;
    if (hints[u.seg.line]?.kind !== 'chrome' || u.words > 12) continue;
    if (parseStamp(u.text)?.iso != null) return u;
  }
  return null;
}

/** The decoder's hints: page chrome and figure captions are not the release. */
export function hinted(units: Unit[], hints: readonly (LineHint | null)[]): void {
  const articleHasHeadline = units.some((u) => {
    const h = hints[u.seg.line];
    return h?.kind === 'heading' && (h.level ?? 9) <= 2;
  });
  const dateAbove = dateAboveHeadline(units, hints);
  for (const u of units) {
    const h = hints[u.seg.line];
    if (h?.kind === 'caption') mark(u, 'bp-caption', 0.85);
    if (h?.kind !== 'chrome' || u === dateAbove) continue;
    // The page's h1 sometimes sits in a <header> outside <article>: keep it when the article has none.
    const headline = h.level !== undefined && h.level <= 1 && !articleHasHeadline;
    if (!headline) mark(u, 'bp-chrome', 0.8);
  }
}
