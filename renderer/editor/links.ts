/**
 * Which link targets the body may hold, and how a typed address becomes one. The Doc keeps only
 * http(s): and mailto: hrefs (shared/domain/doc.ts): a press release links to web pages and
 * mailboxes, and anything else (javascript:, file:, data:) is either useless to a reader or unsafe.
 */

const MAX_HREF = 2048;
const ALLOWED = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+)$/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const BARE_HOST = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/u;

/** True when `href` may be stored in a Doc as is. Pure; never throws. */
export function isAllowedHref(href: string): boolean {
  return href.length <= MAX_HREF && ALLOWED.test(href);
}

/**
 * Turns what a person typed in the link field into an allowed href, or null when it cannot be
 * one. Bare addresses are completed the way a browser's address bar would: `iom.int/fr` becomes
 * `https://iom.int/fr`, `presse@iom.int` becomes `mailto:presse@iom.int`. Pure.
 */
export function normalizeHref(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (isAllowedHref(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:]+:\d/.test(text)) return null;
  if (EMAIL.test(text)) return isAllowedHref(`mailto:${text}`) ? `mailto:${text}` : null;
  if (text.startsWith('//')) return normalizeHref(`https:${text}`);
  if (BARE_HOST.test(text)) return isAllowedHref(`https://${text}`) ? `https://${text}` : null;
  return null;
}

/** The text shown for a link inserted at a caret: the address without `mailto:`. */
export function linkLabel(href: string): string {
  return href.replace(/^mailto:/i, '');
}
