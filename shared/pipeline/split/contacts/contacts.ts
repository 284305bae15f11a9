// The contact stage: the release's contact block among the kept segments, parsed into contacts.
import type { Contact, Language, SplitFlag } from '../../../domain';
import type { Segment } from '../../model';
import { findBlocks, look, MAX_CONTACT_LINE, type LineLook } from './block';
import { CONTACT_RULES } from './contacts.rules';
import { findPhones } from './phones';
import { groupContacts, type PlacedPart } from './group';
import { partsOfLine } from './fields';

export interface ContactContext {
  lang: Language;
  /** Every raw line of the document (blank lines and dropped lines show where blocks break). */
  lines: readonly string[];
  /** Raw lines the user forced to `contact`: always in the block. */
  forced: ReadonlySet<number>;
  /** ISO 3166 alpha-2 country of the release (from the dateline or the issuing office), for numbers without `+`. */
  country?: string | null;
}

export interface ContactBlock {
  /** Every segment of the contact block(s), intro included, in document order. */
  segments: Segment[];
  /** The rule that put each segment there, parallel to `segments` (`contact-intro`, `contact-line`, `user`…). */
  rules: string[];
  contacts: Contact[];
  /** How sure the stage is about `contacts`, 0–1. */
  confidence: number;
  /** `no-contact-intro`, `contact-like-in-body`. */
  flags: SplitFlag[];
}

const MAX_CONTACTS = 50;
/** Contact-like lines in the body pointed out at most (the review screen lists them). */
const MAX_FLAGS = 20;
const QUICK_HARD = /@|\[email|\d[\d .()\u00A0-]{4,}\d/u;

/** Joins a number wrapped over two lines (`tél. : +41 22 555` / `01 23, courriel : …`). */
function unwrapPhones<T extends { text: string; line: number; joined?: boolean }>(items: T[]): T[] {
  const out: T[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const head = /^\s*(\d[\d \u00A0.]{0,10}\d|\d)(?=$|[\s,;|])/u.exec(it.text);
    if (prev && head && /\d\s*$/u.test(prev.text)) {
      const phones = findPhones(prev.text);
      const last = phones[phones.length - 1];
      const digits = last ? last.text.replace(/\D/g, '').length : 99;
      if (last && last.end >= prev.text.trimEnd().length && digits < 8 && digits + head[1]!.replace(/\D/g, '').length <= 15) {
        prev.text = `${prev.text.trimEnd()} ${it.text.trimStart()}`;
        prev.joined = true;
        continue;
      }
    }
    out.push({ ...it });
  }
  return out;
}

/**
 * The contact block among the kept segments (after boilerplate, before the body is unwrapped):
 * the intro line (`Pour plus d’informations, veuillez contacter :`, `Media contacts`, `Contacto
 * de prensa:`) and the contact lines after it, parsed into contacts (one per person, or per
 * office); lines forced to contact by the user are always in it. Without an intro, contact-like
 * lines ending the document are taken with lower confidence and the flag `no-contact-intro`;
 * contact-like lines left in the body are flagged `contact-like-in-body`. Pure, total, linear.
 */
export function findContactBlock(segments: readonly Segment[], ctx: ContactContext): ContactBlock {
  const memo = new Map<number, LineLook>();
  const looks = (i: number) => {
    let l = memo.get(i);
    if (!l) memo.set(i, (l = look(segments[i]!.text)));
    return l;
  };
  const blocks = findBlocks(segments, ctx.lines, looks);
  const members = new Map<number, string>();
  const items: { text: string; line: number; index: number; whole: boolean; joined?: boolean }[] = [];
  for (const b of blocks) {
    if (b.intro) members.set(b.start, b.intro.strength === 'phrase' ? CONTACT_RULES.intro : CONTACT_RULES.introBare);
    for (const i of b.lines) members.set(i, b.intro ? CONTACT_RULES.line : CONTACT_RULES.noIntro);
  }
  segments.forEach((s, i) => {
    if (ctx.forced.has(s.line)) members.set(i, CONTACT_RULES.forced);
  });
  const order = [...members.keys()].sort((a, b) => a - b);
  const introAt = new Map(blocks.filter((b) => b.intro).map((b) => [b.start, b] as const));
  for (const i of order) {
    const block = introAt.get(i);
    const text = block ? (block.intro!.rest !== null ? segments[i]!.text.slice(block.intro!.rest) : officeLabel(block, segments, looks)) : segments[i]!.text;
    if (text.trim() !== '' && text.length <= MAX_CONTACT_LINE) items.push({ text, line: segments[i]!.line, index: i, whole: !block });
  }
  const parts: PlacedPart[] = [];
  const lined = unwrapPhones(items);
  const gaps = lined.map((it, k) => {
    const prevLine = k === 0 ? -1 : lined[k - 1]!.line;
    for (let l = prevLine + 1; prevLine >= 0 && l < it.line && l < prevLine + 50; l++) if ((ctx.lines[l] ?? '').trim() === '') return true;
    return false;
  });
  // A page that sets every line apart (table cells, one <p> per field) says nothing by its blank lines.
  const uniform = lined.length >= 4 && gaps.slice(1).every(Boolean);
  lined.forEach((it, k) => {
    // The parts of a whole segment were already cut when the block was found: reuse them.
    const cut = it.whole && !it.joined ? looks(it.index).parts : partsOfLine(it.text);
    for (const p of cut) parts.push({ ...p, line: it.line, gapBefore: gaps[k]! && !uniform && p.lineStart });
  });
  const contacts = groupContacts(parts, ctx.country ?? null).slice(0, MAX_CONTACTS);
  const flags: SplitFlag[] = [];
  const noIntro = blocks.length > 0 && blocks.every((b) => !b.intro);
  if (noIntro) flags.push({ field: 'contacts', code: 'no-contact-intro', line: segments[blocks[0]!.start]!.line, detail: null });
  segments.forEach((s, i) => {
    if (flags.length >= MAX_FLAGS || members.has(i) || s.text.length > 200 || !QUICK_HARD.test(s.text)) return;
    const l = looks(i);
    const labelled = l.parts.some((p) => p.kind === 'email' || p.kind === 'email-hidden') || (l.kind === 'hard' && l.parts.length <= 3);
    if (l.kind === 'hard' && labelled) flags.push({ field: 'contacts', code: 'contact-like-in-body', line: s.line, detail: s.text.trim().slice(0, 120) });
  });
  return {
    segments: order.map((i) => segments[i]!),
    rules: order.map((i) => members.get(i)!),
    contacts,
    confidence: confidenceOf(contacts, blocks, members, flags),
    flags,
  };
}

/**
 * `Media Relations` / `613-555-0100` / `media@…`: a label that names an office like a proper name,
 * over lines that name no person and no office, is the contact's organisation (the label text); else ''.
 */
function officeLabel(block: ReturnType<typeof findBlocks>[number], segments: readonly Segment[], looks: (i: number) => LineLook): string {
  if (block.intro?.strength !== 'bare' || block.lines.length === 0) return '';
  const label = segments[block.start]!.text.trim().replace(/[\s:：]+$/u, '');
  const own = partsOfLine(label);
  if (own.length !== 1 || own[0]!.kind !== 'org') return '';
  // Capitalised like a name (`Media Relations`, `Oficina de Prensa`), not a generic label (`Relations médias`).
  const words = label.split(/\s+/u).filter((w) => !/^(?:de|del|des|du|la|le|of|the|and|et|y|for|pour|para)$/u.test(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  const named = block.lines.some((i) => looks(i).parts.some((p) => p.kind === 'name' || p.kind === 'org'));
  return named ? '' : label;
}

function confidenceOf(contacts: readonly Contact[], blocks: ReturnType<typeof findBlocks>, members: ReadonlyMap<number, string>, flags: readonly SplitFlag[]): number {
  if ([...members.values()].length > 0 && [...members.values()].every((r) => r === CONTACT_RULES.forced)) return 1;
  const inBody = flags.some((f) => f.code === 'contact-like-in-body');
  if (contacts.length === 0) return inBody ? 0.6 : 0.9;
  let c = blocks.every((b) => !b.intro) ? 0.5 : blocks.some((b) => b.intro?.strength === 'phrase') ? 0.95 : 0.85;
  if (contacts.some((k) => k.phone === null && k.email === null)) c -= 0.1;
  if (contacts.some((k) => k.name === null && k.organization === null)) c -= 0.15;
  if (inBody) c -= 0.1;
  return Math.max(0.1, Math.round(c * 100) / 100);
}
