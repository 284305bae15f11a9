import type { Contact, Language } from '../../../../shared/domain';
import { findContactBlock } from '../../../../shared/pipeline/split/contacts';
import type { Segment } from '../../../../shared/pipeline/model';

/** The kept segments of a text: every non-blank line, whole. */
export function segmentsOf(text: string): { lines: string[]; segments: Segment[] } {
  const lines = text.split('\n');
  const segments = lines.flatMap((t, line) => (t.trim() === '' ? [] : [{ line, start: 0, end: t.length, text: t }]));
  return { lines, segments };
}

/** findContactBlock on a text whose non-blank lines are all kept. */
export function blockOf(text: string, opts: { lang?: Language; forced?: number[]; country?: string } = {}) {
  const { lines, segments } = segmentsOf(text);
  const out = findContactBlock(segments, { lang: opts.lang ?? 'fr', lines, forced: new Set(opts.forced ?? []), country: opts.country ?? null });
  return { ...out, blockLines: out.segments.map((s) => s.line) };
}

/** A contact with only the given fields set. */
export function contact(fields: Partial<Contact>): Contact {
  return { name: null, organization: null, role: null, phone: null, phoneAlt: null, email: null, phoneIntl: null, phoneAltIntl: null, ...fields };
}

/** The fields a reader checks (without the international forms, tested apart). */
export function plain(c: Contact) {
  return { name: c.name, organization: c.organization, role: c.role, phone: c.phone, phoneAlt: c.phoneAlt, email: c.email };
}

/** A body paragraph long enough to be prose. */
export const PROSE = 'L’Organisation internationale pour les migrations a présenté mardi à Genève un rapport sur les déplacements liés au climat dans la région.';
