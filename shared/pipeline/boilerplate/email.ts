// E-mail residue around a forwarded release: header blocks (`De :`, `Sent:`, `Asunto:`),
// forward separators, the covering message before the last header block (greeting, note,
// closing, signature), and confidentiality notices. The release is the innermost message: what
// comes before the last header block is the wrapper, when the message after it is the larger part.
import {
  CLOSINGS, DISCLAIMERS, ECO_NOTES, FORWARD_NOTES, FORWARD_SEPARATORS, GREETINGS, HEADER_CORE_KEYS, HEADER_KEYS, SUBJECT_KEYS, WROTE,
} from './cues.email';
import { bare, isSiteLabel, phrases, startsWithCue } from './line.rules';
import { hasEmail, fold, PHONE, URL } from './text';
import { mark, open, type Unit } from './units';

const KEYS = phrases(HEADER_KEYS);
const CORE = phrases(HEADER_CORE_KEYS);
const SUBJECTS = phrases(SUBJECT_KEYS);
const SEPARATORS = phrases(FORWARD_SEPARATORS);
const WROTE_ENDS = WROTE.map(fold);
const GREETING = GREETINGS.map(fold);
const CLOSING = phrases(CLOSINGS);
const NOTES = FORWARD_NOTES.map(fold);
const DISCLAIMER = DISCLAIMERS.map(fold);
const ECO = ECO_NOTES.map(fold);

const HEADER_LINE = /^\s*([^:]{1,24}?)\s*:(.*)$/;

/** The folded key of an e-mail header line (`Envoyé : …` → `envoye`), or null. */
export function headerKey(folded: string): string | null {
  const colon = folded.indexOf(':');
  if (colon < 0 || colon > 30) return null;
  const m = HEADER_LINE.exec(folded);
  if (m === null) return null;
  const key = m[1]!.trim();
  return KEYS.has(key) ? key : null;
}

/** The value of a subject header line (`Objet : TR: …` → `TR: …`), or null. */
export function subjectOf(text: string): string | null {
  const m = HEADER_LINE.exec(text);
  if (m === null || !SUBJECTS.has(fold(m[1]!))) return null;
  return m[2]!.trim();
}

/** `-----Original Message-----`, `---------- Message transféré ---------`. */
function isForwardLine(u: Unit): boolean {
  return u.words <= 8 && SEPARATORS.has(bare(u.folded.replace(/^[\s\-_*=]+|[\s\-_*=]+$/g, '')));
}

/** `On Mon, 3 Jun 2024 at 10:12, X <x@…> wrote:` — the attribution of a quoted message. */
function isWroteLine(u: Unit): boolean {
  return u.words <= 40 && WROTE_ENDS.some((w) => u.folded.endsWith(w + ' :') || u.folded.endsWith(w + ':'));
}

const isSeparator = (u: Unit): boolean => isForwardLine(u) || isWroteLine(u);

const isGreeting = (u: Unit): boolean => u.words <= 8 && startsWithCue(u.folded, GREETING) && (/[,:!]$/.test(u.text) || u.words <= 3);
const isClosing = (u: Unit): boolean => u.words <= 5 && CLOSING.has(u.folded.replace(/[\s,.!]+$/, ''));
/** A short signature line: a name, a job title, a phone, an address, a web address. */
const signatureLike = (u: Unit): boolean => u.words <= 10 && !/[.!?]$/.test(u.text) || hasEmail(u.text) || PHONE.test(u.text) || URL.test(u.text);

/** Header blocks: runs of two or more header lines with a core key (or one `wrote:` line). */
function headerBlocks(units: Unit[]): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let k = 0;
  while (k < units.length) {
    const key = headerKey(units[k]!.folded);
    if (key === null) {
      if (isWroteLine(units[k]!)) blocks.push({ start: k, end: k });
      k++;
      continue;
    }
    let end = k;
    let core = CORE.has(key) ? 1 : 0;
    while (end + 1 < units.length && !units[end + 1]!.blankBefore) {
      const next = headerKey(units[end + 1]!.folded);
      if (next === null) break;
      if (CORE.has(next)) core++;
      end++;
    }
    const afterSeparator = k > 0 && isSeparator(units[k - 1]!);
    if ((end > k && core >= 1) || (afterSeparator && core >= 1)) blocks.push({ start: k, end });
    k = end + 1;
  }
  return blocks;
}

/** Marks a closing line and the signature under it (its paragraph, and one more short one). */
function markSignature(units: Unit[], k: number): void {
  let blocks = 0;
  for (let j = k + 1; j < units.length && j - k <= 10; j++) {
    const u = units[j]!;
    if (u.blankBefore && ++blocks > 2) break;
    // A document label under the signature (`COMMUNIQUÉ DE PRESSE`) opens the release itself.
    if (!open(u) || !signatureLike(u) || headerKey(u.folded) !== null || isSeparator(u) || isSiteLabel(u)) break;
    mark(u, 'bp-email-signature', 0.85);
  }
}

/** A line of dashes, underscores or equals signs only (`-----------`, `________`). */
const isRule = (u: Unit): boolean => u.length >= 3 && /^[-_=~*\s]+$/.test(u.text) && /([-_=~*])\1\1/.test(u.text);

/**
 * `Bonjour X,` / a short note / a first name / `-----------` / the release: what lies between a
 * greeting and a rule line a few lines below it is the covering note and its sign-off.
 */
function noteBeforeRule(next: readonly Unit[]): void {
  const at = next.slice(0, 6).findIndex(isRule);
  if (at <= 0) return;
  const note = next.slice(0, at);
  if (note.some((n) => n.words > 60) || note.reduce((w, n) => w + n.words, 0) > 120) return;
  for (const n of note) if (open(n)) mark(n, 'bp-email-note', 0.75);
}

/**
 * Finds the e-mail residue. Returns whether the text is an e-mail (header blocks or a greeting),
 * which other rules use (a forwarding note is only a note in an e-mail).
 */
export function emailPass(units: Unit[]): boolean {
  const blocks = headerBlocks(units);
  for (const b of blocks) for (let k = b.start; k <= b.end; k++) mark(units[k]!, 'bp-email-header', 0.95);
  for (const u of units) if (open(u) && isSeparator(u)) mark(u, 'bp-email-separator', 0.95);
  const last = blocks.at(-1);
  if (last !== undefined) {
    const size = (from: number, to: number): number => units.slice(from, to).reduce((n, u) => n + (open(u) ? u.length : 0), 0);
    if (size(last.end + 1, units.length) >= size(0, last.start)) {
      for (let k = 0; k < last.start; k++) {
        const u = units[k]!;
        if (!open(u)) continue;
        if (isGreeting(u)) mark(u, 'bp-email-greeting', 0.9);
        else if (isClosing(u)) {
          mark(u, 'bp-email-closing', 0.9);
          markSignature(units, k);
        } else mark(u, 'bp-email-wrapper', 0.85);
      }
    }
  }
  let email = blocks.length > 0;
  const top = Math.max(3, Math.ceil(units.length * 0.3));
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (!open(u)) continue;
    if (k < top && isGreeting(u)) {
      mark(u, 'bp-email-greeting', 0.9);
      email = true;
      // The covering note right under a greeting (`Please find below our release`); a quoted
      // e-mail's `> ` markers are units of their own and do not count.
      const next = units.slice(k + 1, k + 24).filter((n) => n.part !== 'marker');
      for (const n of next.slice(0, 2)) if (open(n) && n.words <= 40 && NOTES.some((c) => n.folded.includes(c))) mark(n, 'bp-email-note', 0.75);
      noteBeforeRule(next);
    } else if (u.text.trim() === '--' || (isClosing(u) && (email || /,$/.test(u.text)))) {
      mark(u, u.text.trim() === '--' ? 'bp-email-signature' : 'bp-email-closing', 0.9);
      markSignature(units, k);
    } else if (u.words >= 4 && (DISCLAIMER.some((d) => u.folded.slice(0, 120).includes(d)) || (u.words <= 25 && ECO.some((e) => u.folded.includes(e))))) {
      mark(u, 'bp-email-disclaimer', 0.95);
    }
  }
  return email;
}
