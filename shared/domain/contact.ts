import { z } from 'zod';

const Field = z.string().max(500).nullable();

/** One person (or office, when `name` is null) of a release's contact block. */
export const Contact = z.object({
  name: Field,
  organization: Field,
  role: Field,
  phone: Field,
  phoneAlt: Field,
  email: Field,
  /** `phone` in international format (E.164 with spaces, `+41 22 555 01 23`) when the country is known. */
  phoneIntl: Field.default(null),
  phoneAltIntl: Field.default(null),
});
export type Contact = z.infer<typeof Contact>;

export const emptyContact = (): Contact => ({
  name: null,
  organization: null,
  role: null,
  phone: null,
  phoneAlt: null,
  email: null,
  phoneIntl: null,
  phoneAltIntl: null,
});

/** Text of a contact for search and plain-text export, fields in reading order. */
export function contactText(c: Contact): string {
  return [c.name, c.role, c.organization, c.phone, c.phoneAlt, c.email].filter(Boolean).join(', ');
}
