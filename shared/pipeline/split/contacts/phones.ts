// Phone numbers in a contact line: found as written, normalised to international format with
// libphonenumber-js. The `min` metadata is used on purpose: it has every country's calling code,
// possible lengths and formats, which is all `isPossible()` and `formatInternational()` need;
// `max` adds the per-type number patterns that only `isValid()`/`getType()` use, and validity is
// the wrong test here (press releases, test data and new number ranges print numbers that
// libphonenumber does not know yet: the corpus uses fictional 555 blocks).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** A number found in a text, as written. */
export interface PhoneFound {
  text: string;
  start: number;
  end: number;
}

// An optional international prefix (`+41`, `(+41)`, `0041`), then digits with spaces, dots,
// hyphens or a bracketed area code between them; bounded, so matching stays linear.
const PHONE = /(?:\(\+?\d{1,4}\)[ \u00A0.-]?|\+[ \u00A0]?|\b00[ \u00A0]?)?\d(?:[\d \u00A0\u202F.-]|\(\d{1,4}\)){4,24}\d/gu;
const DATE_LIKE = /^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$|^\d{4}[.-]\d{1,2}[.-]\d{1,2}$|^(?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d$/u;

/**
 * Phone numbers in `text`, as written (trimmed of separators at the ends): 6 to 17 digits, not a
 * date or a year range. Linear time.
 */
export function findPhones(text: string): PhoneFound[] {
  const out: PhoneFound[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    let s = m[0];
    let start = m.index;
    const lead = /^[ \u00A0.-]+/u.exec(s)?.[0].length ?? 0;
    s = s.slice(lead);
    start += lead;
    s = s.replace(/[ \u00A0\u202F.-]+$/u, '');
    const digits = s.replace(/\D/g, '').length;
    if (digits < 6 || digits > 17 || DATE_LIKE.test(s)) continue;
    out.push({ text: s, start, end: start + s.length });
  }
  return out;
}

/** The number as written, spaced out: every run of separators one space (`+852.23322441` stays readable). */
export function tidyPhone(written: string): string {
  return written.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
}

/**
 * The international form of a number (`+41 22 555 01 23`), or null when the country cannot be
 * known. The country comes from the number's own prefix (`+`, `00`) or else from `country` (ISO
 * 3166 alpha-2, e.g. from the dateline). A number libphonenumber judges possible (right length
 * for the country) is formatted by it; one with a `+` prefix that is not (a fictional or new
 * range) keeps its own grouping after the calling code. Pure, never throws.
 */
export function internationalPhone(written: string, country?: string | null): string | null {
  const compact = written.replace(/^\(?(\+\d{1,4})\)/u, '$1').replace(/^00[ \u00A0]?/u, '+');
  const cc = country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  let parsed: ReturnType<typeof parsePhoneNumberFromString>;
  try {
    parsed = parsePhoneNumberFromString(compact, cc);
  } catch {
    return null;
  }
  if (!parsed) return null;
  if (parsed.isPossible()) return parsed.formatInternational();
  if (!compact.startsWith('+')) return null;
  const code = parsed.countryCallingCode;
  const rest = compact
    .replace(/^\+[ \u00A0]?/u, '')
    .replace(new RegExp(`^${code}`), '')
    .replace(/[().\-\u00A0\u202F]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return rest ? `+${code} ${rest}` : null;
}

/** The country a number's own prefix tells (`+221…` → `SN`), or null. */
export function countryOfPhone(written: string): string | null {
  const compact = written.replace(/^\(?(\+\d{1,4})\)/u, '$1').replace(/^00[ \u00A0]?/u, '+');
  if (!compact.startsWith('+')) return null;
  try {
    return parsePhoneNumberFromString(compact)?.country ?? null;
  } catch {
    return null;
  }
}
