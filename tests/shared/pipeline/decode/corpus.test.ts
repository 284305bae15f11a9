// Every corpus case (the two seeds included) decodes as the corpus README says: the declared
// encoding (BOMs, windows-1252, ISO-8859-1, UTF-16LE), lines split on CRLF/CR/LF, entities
// decoded, nothing else changed — and every annotated raw line is a line of the decoded text.
// The expected text is computed here independently (iconv-lite's cp1252 table, Node's Latin-1
// and UTF-16 decoders, entities' legacy decoder as Python's html.unescape), as the corpus
// validator (tools/validate_corpus.py) decodes.
import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../shared/pipeline/decode';

const DIR = path.join(__dirname, 'corpus');
const IDS = fs.readdirSync(DIR).filter((f) => f.endsWith('.raw')).map((f) => f.slice(0, -4)).sort();

interface Case {
  id: string;
  encoding?: string;
  boilerplate_lines: string[];
  contact_block_lines: string[];
}

function expectedText(bytes: Buffer, encoding: string | undefined): string {
  let raw: string;
  if (encoding === 'windows-1252') raw = iconv.decode(bytes, 'cp1252');
  else if (encoding === 'iso-8859-1') raw = bytes.toString('latin1');
  else if (encoding === 'utf-16le (with BOM)') raw = bytes.subarray(2).toString('utf16le');
  else if (encoding === 'utf-8 (with BOM)') raw = bytes.subarray(3).toString('utf8');
  else raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return raw.split(/\r\n|\r|\n/).map((line) => decodeHTML(line)).join('\n');
}

const LABELS: Record<string, string> = {
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  'utf-16le (with BOM)': 'utf-16le',
  'utf-8 (with BOM)': 'utf-8 (BOM)',
};

describe('corpus cases decode as the corpus README says', () => {
  it('has the 26 cases, the two seeds included', () => {
    expect(IDS).toHaveLength(26);
    expect(IDS).toContain('seed-000');
    expect(IDS).toContain('seed-001');
  });

  it.each(IDS)('%s', async (id) => {
    const bytes = fs.readFileSync(path.join(DIR, `${id}.raw`));
    const meta = JSON.parse(fs.readFileSync(path.join(DIR, `${id}.expected.json`), 'utf8')) as Case;
    const result = await decodeDocument({ name: `${id}.raw`, bytes: new Uint8Array(bytes) });
    if (!result.ok) throw new Error(`${result.failure}: ${result.detail}`);
    const { doc } = result;
    expect(doc.format).toBe('text');
    expect(doc.mediaType).toBe('text/plain');
    expect(doc.encoding).toBe(meta.encoding ? LABELS[meta.encoding] : 'utf-8');
    expect(doc.text).toBe(expectedText(bytes, meta.encoding));
    expect(doc.text).not.toMatch(/[\uFFFD\u0080-\u009F\r]/);
    const lines = doc.text.split('\n');
    expect(doc.hints).toHaveLength(lines.length);
    expect(doc.hints.every((h) => h === null)).toBe(true);
    expect(doc.meta).toEqual({});
    const known = new Set(lines);
    for (const line of [...meta.boilerplate_lines, ...meta.contact_block_lines]) expect(known, line).toContain(decodeHTML(line));
  });

  it('keeps the markup residue of a copied page as text (stray tags are for later stages)', async () => {
    const result = await decodeDocument({ name: 'dev-fr-09.raw', bytes: new Uint8Array(fs.readFileSync(path.join(DIR, 'dev-fr-09.raw'))) });
    expect(result.ok && result.doc.text).toContain('<div class="field-item even">');
    expect(result.ok && result.doc.text).toContain('<strong>N\'Djamena (OIM)</strong> - ');
    expect(result.ok && result.doc.text).toContain('Tchad\u00A0: après les inondations');
  });

  it('reads windows-1252 0x85 as … and 0x92 as ’ (dev-fr-04), ISO-8859-1 Spanish (dev-es-01)', async () => {
    const fr = await decodeDocument({ name: 'a', bytes: new Uint8Array(fs.readFileSync(path.join(DIR, 'dev-fr-04.raw'))) });
    expect(fr.ok && fr.doc.text).toMatch(/…/);
    expect(fr.ok && fr.doc.text).toMatch(/’/);
    const es = await decodeDocument({ name: 'a', bytes: new Uint8Array(fs.readFileSync(path.join(DIR, 'dev-es-01.raw'))) });
    expect(es.ok && es.doc.text).toMatch(/ñ|á|é|í|ó|ú/);
  });
});
