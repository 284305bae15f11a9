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
});
export type Contact = z.infer<typeof Contact>;

export const emptyContact = (): Contact => ({
  name: null,
  organization: null,
  role: null,
  phone: null,
  phoneAlt: null,
  email: null,
});

/** Text of a contact for search and plain-text export, fields in reading order. */
export function contactText(c: Contact): string {
  return [c.name, c.role, c.organization, c.phone, c.phoneAlt, c.email].filter(Boolean).join(', ');
}
