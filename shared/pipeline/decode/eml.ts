// E-mail (.eml, RFC 5322 + MIME) → the body as lines; the headers are metadata, never text.
// postal-mime parses (multipart, quoted-printable, base64, charsets, encoded words); its API is
// async, hence this module is.
import PostalMime, { type Address, type Email } from 'postal-mime';
import type { DecodedDocument, LineHint } from '../model';
import { flattenHtml } from './html/flatten';
import { decodeTextEntities, noHints, normaliseText, repairC1 } from './normalise';

export type EmlResult =
  | { ok: true; text: string; hints: (LineHint | null)[]; meta: DecodedDocument['meta']; encoding: string }
  | { ok: false; failure: 'unreadable' | 'empty'; detail: string };

function formatAddress(a: Address): string {
  if (a.group) return `${a.name}: ${a.group.map(formatAddress).join(', ')}`;
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** The header fields of the message as DecodedDocument meta (only the ones present). */
function metaOf(email: Email): DecodedDocument['meta'] {
  const meta: DecodedDocument['meta'] = {};
  if (email.subject) meta.subject = repairC1(email.subject).trim();
  if (email.from) meta.from = repairC1(formatAddress(email.from));
  if (email.to?.length) meta.to = repairC1(email.to.map(formatAddress).join(', '));
  if (email.date) meta.sentAt = email.date;
  return meta;
}

/** The charset of the top-level Content-Type, or `mime` when the parts each have their own. */
function encodingOf(email: Email): string {
  const type = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1];
  if (charset) return charset.toLowerCase();
  return /multipart\//i.test(type) ? 'mime' : 'us-ascii';
}

/**
 * The body of a message: its text/plain part, else its HTML part flattened (hints and all);
 * From/To/Subject/Date go to `meta`. A message postal-mime rejects, or a multipart message with
 * no readable part (missing or wrong boundary) → `unreadable`; no body at all → `empty`.
 * Never rejects.
 */
export async function decodeEml(bytes: Uint8Array): Promise<EmlResult> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    return { ok: false, failure: 'unreadable', detail: `Malformed e-mail message: ${error instanceof Error ? error.message : String(error)}` };
  }
  const meta = metaOf(email);
  const encoding = encodingOf(email);
  // Parts declared iso-8859-1/windows-1252 come out of Node's TextDecoder as Latin-1: repair C1.
  if (email.text !== undefined && email.text.trim() !== '') {
    const text = normaliseText(decodeTextEntities(repairC1(email.text)));
    return { ok: true, text, hints: noHints(text), meta, encoding };
  }
  if (email.html !== undefined && email.html.trim() !== '') {
    const flat = flattenHtml(repairC1(email.html), { article: false });
    if (flat.lines.length > 0) return { ok: true, text: flat.lines.join('\n'), hints: flat.hints, meta, encoding };
  }
  const type = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (/multipart\//i.test(type) && email.attachments.length === 0) {
    const boundary = /boundary\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
    return { ok: false, failure: 'unreadable', detail: `Malformed e-mail message: multipart body without any readable part (boundary ${boundary ? `"${boundary}" not found` : 'missing'})` };
  }
  const what = email.attachments.length > 0 ? `only ${email.attachments.length} attachment(s)` : 'no body';
  return { ok: false, failure: 'empty', detail: `The e-mail has no text or HTML body (${what})` };
}
