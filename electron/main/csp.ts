/**
 * The Content-Security-Policy of every page Galley serves. One string, so the desktop protocol
 * handler and the browser-mode HTTP host send exactly the same policy.
 *
 * - scripts only from the app itself (no inline script, no eval);
 * - inline styles allowed: React and Lexical set `style` attributes;
 * - images may be data:/blob: (pasted images, generated previews), never remote;
 * - no plugins, no <base>, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every response of the app:// protocol (and fit for the HTTP host too). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
