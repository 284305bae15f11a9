// Golden tests: every case of the development corpus (tests/fixtures/corpus, copied from
// shared/corpus/cases) through the whole import pipeline with the real fr/en/es lexicon.
// Compared after the corpus README's normalisation (Unicode NFC; the gold is otherwise verbatim):
// title, standfirst, dateline, date, language, paragraphs, quotes, contacts (role and phone_alt
// where given); every `boilerplate_lines` line is dropped, every `contact_block_lines` line is
// contact.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLexiconProvider } from '../../../electron/services/lexicon';
import type { Contact } from '../../../shared/domain';
import { importRaw, NO_LEARNED_LINES, splitDocument, type DecodeResult, type SplitOutcome } from '../../../shared/pipeline';

const DIR = path.resolve(__dirname, '../../fixtures/corpus');
const lexicon = createLexiconProvider(path.resolve(__dirname, '../../../dist/lexicon'));

interface GoldContact {
  name: string | null;
  organization: string | null;
  phone: string | null;
  email: string | null;
  role?: string;
  phone_alt?: string;
}

interface Gold {
  id: string;
  lang: string;
  encoding?: string;
  expected: {
    title: string | null;
    standfirst?: string;
    dateline: string | null;
    date: string | null;
    paragraphs: string[];
    quotes: { text: string; speaker: string }[];
    contacts: GoldContact[];
  };
  boilerplate_lines: string[];
  contact_block_lines: string[];
}

const ids = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.raw'))
  .map((f) => f.slice(0, -4))
  .sort();

const nfc = <T>(v: T): T => (typeof v === 'string' ? (v.normalize('NFC') as T) : v);
const nfcDeep = <T>(v: T): T => JSON.parse(JSON.stringify(v), (_k, x: unknown) => nfc(x)) as T;

/** The raw lines as the corpus lists them: decoded in the case's own encoding, split on CRLF, CR or LF. */
function rawLines(bytes: Buffer, encoding: string | undefined): string[] {
  let text: string;
  if (encoding?.startsWith('utf-16le')) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (encoding?.startsWith('utf-8')) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (encoding === 'windows-1252' || encoding === 'iso-8859-1') text = new TextDecoder('windows-1252').decode(bytes);
  else text = new TextDecoder('utf-8').decode(bytes);
  return text.split(/\r\n|\r|\n/);
}

function contactOf(c: Contact): GoldContact {
  const out: GoldContact = { name: c.name, organization: c.organization, phone: c.phone, email: c.email };
  if (c.role !== null) out.role = c.role;
  if (c.phoneAlt !== null) out.phone_alt = c.phoneAlt;
  return out;
}

describe.each(ids)('corpus %s', (id) => {
  const gold = JSON.parse(fs.readFileSync(path.join(DIR, `${id}.expected.json`), 'utf8')) as Gold;
  const bytes = fs.readFileSync(path.join(DIR, `${id}.raw`));
  const e = gold.expected;
  let split: SplitOutcome;

  beforeAll(async () => {
    const ctx = { defaultLanguage: 'fr' as const, lexicon, learned: NO_LEARNED_LINES, overrides: {} };
    // `await` whether importRaw is synchronous or not (the decoder became asynchronous for .docx/.eml).
    const outcome: Awaited<ReturnType<typeof importRaw>> | DecodeResult = await importRaw({ name: `${id}.raw`, bytes: new Uint8Array(bytes) }, ctx);
    if (!outcome.ok) throw new Error(`${id}: ${outcome.failure} ${outcome.detail}`);
    split = 'split' in outcome ? outcome.split : splitDocument(outcome.doc, ctx);
  });

  it('title', () => expect(nfc(split.title)).toBe(nfc(e.title)));
  it('standfirst', () => expect(nfc(split.subtitle)).toBe(nfc(e.standfirst ?? null)));
  it('dateline', () => expect(nfc(split.dateline)).toBe(nfc(e.dateline)));
  it('date', () => expect(split.date).toBe(e.date));
  it('language', () => expect(split.language).toBe(gold.lang));
  it('paragraphs', () => expect(split.paragraphs.map(nfc)).toEqual(e.paragraphs.map(nfc)));
  it('quotes', () => expect(nfcDeep(split.quotes)).toEqual(nfcDeep(e.quotes)));
  it('contacts', () => expect(nfcDeep(split.contacts.map(contactOf))).toEqual(nfcDeep(e.contacts)));

  it('drops every boilerplate line and puts every contact-block line in the contact block', () => {
    const lines = rawLines(bytes, gold.encoding);
    const boilerplate = new Set(gold.boilerplate_lines);
    const contact = new Set(gold.contact_block_lines);
    const wrong: string[] = [];
    lines.forEach((line, i) => {
      const dests = split.map.segments.filter((s) => s.line === i).map((s) => s.dest);
      if (boilerplate.has(line) && !dests.every((d) => d === 'dropped')) wrong.push(`${i} ${dests.join('+')} (boilerplate) ${line}`);
      if (contact.has(line) && !dests.every((d) => d === 'contact')) wrong.push(`${i} ${dests.join('+')} (contact) ${line}`);
      if (line.trim() !== '' && dests.length === 0) wrong.push(`${i} unmapped ${line}`);
    });
    expect(wrong).toEqual([]);
  });
});
