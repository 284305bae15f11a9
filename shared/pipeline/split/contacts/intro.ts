// The line that opens a contact block: `Pour plus d’informations, veuillez contacter :`,
// `Media contacts`, `Contacto de prensa: Ana Ruiz, …`. Pure; one anchored regex per list.
import { BARE_INTROS, CONTACT_VERBS, INTRO_PHRASES } from './contacts.rules';

/** An intro line: how strong it is and where the contact written after it starts, if any. */
export interface Intro {
  strength: 'phrase' | 'bare';
  /** Offset in the line where a contact written on the same line starts; null when none. */
  rest: number | null;
}

/** Text with a letter or a digit (not only `**`, `</strong>` or punctuation). */
function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/<\/?[a-z]{1,8}>/giu, ''));
}

/** A phrase as a case-insensitive pattern that accepts ’ for ', any space for a space, `(s)` literally. */
function pattern(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’‘]")
    .replace(/ /g, '[\\s\\u00A0\\u202F]+');
}

const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(pattern).join('|');

// Leading bullets, bold markers or a stray tag may precede the phrase (`**Contacts**`, `<strong>Contact :`).
const LEAD = String.raw`^(?:<[a-z]{1,8}>|[\s*•·>#_-]){0,6}`;
const PHRASES = new RegExp(`${LEAD}(?:${byLength(INTRO_PHRASES)})(?![\\p{L}])`, 'iu');
const BARE = new RegExp(`${LEAD}(?:${byLength(BARE_INTROS)})(?:[\\s*_]|</[a-z]{1,8}>)*(?:[:：](?<rest>.*))?$`, 'iu');

/**
 * The intro at the start of `line`, or null. A phrase intro may go on with a request to get in
 * touch and a colon (`, please contact:`); anything else after it (`sur le projet, consultez le
 * site`) means the line is a sentence or a link, not an intro. A bare intro (`Contacts`) must be
 * alone on its line or followed by a colon. Lines over 200 characters are never intros.
 */
export function introOf(line: string): Intro | null {
  if (line.length > 200) return null;
  const bare = BARE.exec(line);
  if (bare) {
    const restText = bare.groups?.['rest'];
    const rest = restText && hasContent(restText) ? line.length - restText.length : null;
    return { strength: 'bare', rest };
  }
  const m = PHRASES.exec(line);
  if (!m) return null;
  const after = m.index + m[0].length;
  const tail = line.slice(after);
  const colon = tail.search(/[:：](?!\/\/)/u);
  const clause = colon >= 0 ? tail.slice(0, colon) : tail;
  const words = clause.trim().split(/\s+/u).filter(Boolean);
  const clean = !/[\d@]|https?:|www\./iu.test(clause);
  const plain = clause.replace(/[\s\p{P}]+/gu, '') === '';
  if (colon >= 0) {
    // A short qualifier before the colon is fine too (`en espagnol :`, `in the field:`).
    if (!clean || words.length > 12 || !(plain || words.length <= 4 || CONTACT_VERBS.test(clause.toLowerCase().replace(/’/g, "'")))) return null;
    const rest = tail.slice(colon + 1);
    return { strength: 'phrase', rest: hasContent(rest) ? after + colon + 1 : null };
  }
  if (plain) return { strength: 'phrase', rest: null };
  // No colon: `please contact Jane Doe at …` — the contact starts after the request.
  const verb = /(?:contact(?:er|ez|ar|e)?|joindre|reach|write to|comuníquese con|escriba a)(?:\s+(?:à|a|with|con))?(?:\s+|[\s.]*$)/iu.exec(tail);
  if (!verb || !CONTACT_VERBS.test(tail.slice(0, verb.index + verb[0].length).toLowerCase())) return null;
  const restAt = verb.index + verb[0].length;
  if (tail.slice(0, verb.index).split(/\s+/u).filter(Boolean).length > 8) return null;
  return { strength: 'phrase', rest: hasContent(tail.slice(restAt)) ? after + restAt : null };
}
