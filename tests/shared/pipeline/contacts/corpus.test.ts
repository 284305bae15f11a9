// The contact stage alone on every corpus case: the case's raw lines (decoded by the import's
// decoder), minus its annotated boilerplate lines, through findContactBlock. The golden tests run
// the same cases through the whole pipeline; this one pins the contact stage's own share.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain';
import { decodeDocument } from '../../../../shared/pipeline/decode';
import { findContactBlock } from '../../../../shared/pipeline/split/contacts';

const DIR = path.resolve(__dirname, '../../../fixtures/corpus');
const ids = fs.readdirSync(DIR).filter((f) => f.endsWith('.raw')).map((f) => f.slice(0, -4)).sort();

function gold(c: Contact) {
  return { name: c.name, organization: c.organization, phone: c.phone, email: c.email, ...(c.role ? { role: c.role } : {}), ...(c.phoneAlt ? { phone_alt: c.phoneAlt } : {}) };
}

describe.each(ids)('corpus %s', (id) => {
  it('contacts and contact-block lines', async () => {
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${id}.expected.json`), 'utf8'));
    const decoded = await decodeDocument({ name: `${id}.raw`, bytes: new Uint8Array(fs.readFileSync(path.join(DIR, `${id}.raw`))) });
    if (!decoded.ok) throw new Error(decoded.detail);
    const lines = decoded.doc.text.split('\n');
    const boilerplate = new Set<string>(expected.boilerplate_lines);
    const segments = lines.flatMap((text, line) => (text.trim() === '' || boilerplate.has(text) ? [] : [{ line, start: 0, end: text.length, text }]));
    const block = findContactBlock(segments, { lang: expected.lang, lines, forced: new Set() });
    expect(block.contacts.map(gold)).toEqual(expected.expected.contacts);
    expect([...new Set(block.segments.map((s) => lines[s.line]))].sort()).toEqual([...new Set(expected.contact_block_lines)].sort());
    expect(block.flags).toEqual([]);
  });
});
