// Turning the parts of a contact block into contacts: one per person, or per office when no person
// is named. Pure.
import type { Contact } from '../../../domain';
import type { Part } from './fields';
import { countryOfPhone, internationalPhone } from './phones';

/** A part with where it sits in the block. */
export interface PlacedPart extends Part {
  /** Raw line of the part. */
  line: number;
  /** A blank line (or dropped lines) lies between this part's line and the previous block line. */
  gapBefore: boolean;
}

interface Draft {
  name: string | null;
  org: string | null;
  /** The organisation's last part was the previous part (so a following place name belongs to it). */
  orgOpen: boolean;
  role: string | null;
  location: string | null;
  phones: string[];
  email: string | null;
  hiddenEmail: boolean;
}

const emptyDraft = (): Draft => ({ name: null, org: null, orgOpen: false, role: null, location: null, phones: [], email: null, hiddenEmail: false });
const hasData = (d: Draft) => d.phones.length > 0 || d.email !== null || d.hiddenEmail;
const hasAny = (d: Draft) => d.name !== null || d.org !== null || hasData(d);

/**
 * Contacts from the parts of a block, in order. A new contact starts at a location label, at a
 * second name, after a blank line once a contact has a name, a number or an e-mail, and at an
 * office line once the current contact has its office and its numbers or e-mail. A name written after the organisation on
 * the same line is part of it (`Oficina Regional de la OIM, San José`); adjacent organisation
 * pieces are one organisation as written (`Unité communication, OIM Tunisie`). The first number
 * is `phone`, the second `phoneAlt` (fax numbers are not phones). `country` (ISO alpha-2) helps
 * normalise numbers written without a `+` prefix. Pure.
 */
export function groupContacts(parts: readonly PlacedPart[], country: string | null): Contact[] {
  const out: Contact[] = [];
  let cur = emptyDraft();
  const flush = () => {
    if (hasAny(cur)) out.push(toContact(cur, country));
    cur = emptyDraft();
  };
  let prev: PlacedPart | null = null;
  for (const p of parts) {
    const sameLine = prev !== null && prev.line === p.line;
    if (p.lineStart && p.gapBefore && (cur.name !== null || hasData(cur))) flush();
    switch (p.kind) {
      case 'location':
        if (hasAny(cur)) flush();
        cur.location = p.value;
        break;
      case 'name':
        // `Oficina Regional de la OIM, San José`: a name after the office, after a comma, is its place;
        // `OIM Sénégal – Fatou Ba` names the person when the contact has none yet.
        if (cur.orgOpen && sameLine && (cur.name !== null || /^,\s*$|\u0001/u.test(p.sep))) {
          cur.org = join(cur.org!, p);
          prev = p;
          continue;
        }
        if (cur.name !== null || (hasData(cur) && p.lineStart)) flush();
        cur.name = p.value;
        break;
      case 'org':
        if (cur.orgOpen && (sameLine || !hasData(cur))) {
          cur.org = sameLine ? join(cur.org!, p) : `${cur.org}, ${p.value}`;
          prev = p;
          continue;
        }
        if (cur.org !== null && hasData(cur) && p.lineStart) flush();
        cur.org = cur.org === null ? p.value : cur.org;
        cur.orgOpen = true;
        prev = p;
        continue;
      case 'role':
        if (cur.role === null) cur.role = p.value;
        else if (sameLine && prev?.kind === 'role') cur.role = join(cur.role, p);
        break;
      case 'phone':
        if (cur.phones.length < 2) cur.phones.push(p.value);
        break;
      case 'email':
        if (cur.email === null) cur.email = p.value;
        break;
      case 'email-hidden':
        cur.hiddenEmail = true;
        break;
      case 'other':
        // A piece that is neither name nor role right after the organisation completes it (a place).
        if (cur.orgOpen && sameLine && !/[.!?]$/.test(p.value)) {
          cur.org = join(cur.org!, p);
          prev = p;
          continue;
        }
        // `Florence Gerber, municipale, …`: a lower-case phrase right after the name is the person's title.
        if (prev?.kind === 'name' && sameLine && cur.role === null && /^\p{Ll}/u.test(p.value) && p.value.split(/\s+/u).length <= 6) cur.role = p.value;
        break;
      default:
        break;
    }
    if (p.kind !== 'label') cur.orgOpen = false;
    prev = p;
  }
  flush();
  return out;
}

/** Two pieces of one field as written: `OIM, Genève`, `OIM – Oficina de Cúcuta`, `OIM (Genève)`. */
function join(left: string, p: PlacedPart): string {
  if (p.sep.includes('\u0001')) return `${left} (${p.value})`;
  return `${left}${p.sep || ' '}${p.value}`;
}

function toContact(d: Draft, country: string | null): Contact {
  const [phone = null, phoneAlt = null] = d.phones;
  // A number without prefix takes the country of the other number of the same contact, else the release's.
  const local = (phone && countryOfPhone(phone)) ?? (phoneAlt && countryOfPhone(phoneAlt)) ?? country;
  const cap = (s: string | null) => (s === null ? null : s.slice(0, 500));
  return {
    name: cap(d.name),
    organization: cap(d.org),
    role: cap(d.role ?? d.location),
    phone: cap(phone),
    phoneAlt: cap(phoneAlt),
    email: cap(d.email),
    phoneIntl: phone ? internationalPhone(phone, local) : null,
    phoneAltIntl: phoneAlt ? internationalPhone(phoneAlt, local) : null,
  };
}
