// Word documents (.docx), written here with the `docx` package and read back through mammoth.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../shared/pipeline/decode';
import { decoded, linesOf } from './helpers';

async function docxBytes(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const RELEASE = () =>
  docxBytes([
    new Paragraph({ text: 'Sahel : 12 000 familles reçoivent une aide d’urgence', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: 'DAKAR, 21 novembre 2023', bold: true }), new TextRun(' – L’OIM a distribué des kits d’abris à 12 000 familles.')] }),
    new Paragraph({ children: [new TextRun('« Notre priorité est de leur rendre un toit », a déclaré '), new TextRun({ text: 'Aïssatou Ndiaye', italics: true }), new TextRun('.')] }),
    new Paragraph({ text: 'Une réponse en trois volets', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'des kits d’abris d’urgence ;', bullet: { level: 0 } }),
    new Paragraph({ text: 'des transferts monétaires ;', bullet: { level: 0 } }),
    new Paragraph({ text: 'un appui psychosocial.', bullet: { level: 1 } }),
    new Paragraph({ text: 'Recenser les familles', numbering: { reference: 'steps', level: 0 } }),
    new Paragraph({ text: 'Distribuer les kits', numbering: { reference: 'steps', level: 0 } }),
    new Paragraph({ children: [new TextRun({ text: 'Note aux rédactions', bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: 'Photos disponibles sur demande.', italics: true })] }),
    new Paragraph({ text: 'Une distribution à Niamey. © OIM', style: 'Caption' }),
    new Paragraph({ text: '' }),
    new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Fatou Sarr')] }), new TableCell({ children: [new Paragraph('+221 33 555 01 23')] })] })] }),
  ]);

describe('.docx', () => {
  it('paragraphs, headings, lists, bold/italic lines and captions as lines with hints', async () => {
    const doc = await decoded('communique.docx', await RELEASE());
    expect(doc.format).toBe('docx');
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.meta).toEqual({});
    expect(linesOf(doc)).toEqual([
      ['Sahel : 12 000 familles reçoivent une aide d’urgence', { kind: 'heading', level: 1 }],
      ['DAKAR, 21 novembre 2023 – L’OIM a distribué des kits d’abris à 12 000 familles.', null],
      ['« Notre priorité est de leur rendre un toit », a déclaré Aïssatou Ndiaye.', null],
      ['Une réponse en trois volets', { kind: 'heading', level: 2 }],
      ['des kits d’abris d’urgence ;', { kind: 'list-item', list: 'bullet' }],
      ['des transferts monétaires ;', { kind: 'list-item', list: 'bullet' }],
      ['un appui psychosocial.', { kind: 'list-item', list: 'bullet' }],
      ['Recenser les familles', { kind: 'list-item', list: 'number' }],
      ['Distribuer les kits', { kind: 'list-item', list: 'number' }],
      ['Note aux rédactions', { kind: 'emphasis', bold: true }],
      ['Photos disponibles sur demande.', { kind: 'emphasis', italic: true }],
      ['Une distribution à Niamey. © OIM', { kind: 'caption' }],
      ['Fatou Sarr', null],
      ['+221 33 555 01 23', null],
    ]);
  });

  it('is recognised by its content (a ZIP holding word/document.xml), whatever its name', async () => {
    const bytes = await RELEASE();
    expect((await decoded('sans-extension', bytes)).format).toBe('docx');
    expect((await decoded('communique.txt', bytes)).format).toBe('docx');
  });

  it.each([
    ['cut in the middle', (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2))],
    ['missing its last bytes', (b: Uint8Array) => b.subarray(0, b.length - 30)],
    ['cut right after the ZIP signature', (b: Uint8Array) => b.subarray(0, 10)],
  ])('a truncated .docx (%s) → unreadable with the reason', async (_label, cut) => {
    const result = await decodeDocument({ name: 'communique.docx', bytes: cut(await RELEASE()) });
    expect(result).toMatchObject({ ok: false, failure: 'unreadable' });
    expect(!result.ok && result.detail).toMatch(/^Damaged or truncated Word document \(\.docx\): /);
  });

  it('a ZIP without word/document.xml: unreadable when named .docx, unsupported otherwise', async () => {
    const bytes = await RELEASE();
    // Rename the main part in the local header and the central directory.
    const patched = Buffer.from(bytes).toString('latin1').replaceAll('word/document.xml', 'word/documenX.xml');
    const zip = new Uint8Array(Buffer.from(patched, 'latin1'));
    const asDocx = await decodeDocument({ name: 'communique.docx', bytes: zip });
    expect(asDocx).toMatchObject({ ok: false, failure: 'unreadable' });
    expect(!asDocx.ok && asDocx.detail).toMatch(/main document part/);
    expect(await decodeDocument({ name: 'archive.zip', bytes: zip })).toEqual({
      ok: false,
      failure: 'unsupported_format',
      detail: 'Unsupported format: a ZIP archive. Galley imports text (.txt), Markdown (.md), HTML (.html), Word (.docx) and e-mail (.eml)',
    });
  });

  it('a file named .docx that is not a ZIP → unreadable', async () => {
    const result = await decodeDocument({ name: 'communique.docx', bytes: new TextEncoder().encode('Ceci est du texte.') });
    expect(result).toEqual({ ok: false, failure: 'unreadable', detail: 'Damaged Word document (.docx): the file is not a ZIP archive' });
  });

  it('an empty Word document → empty', async () => {
    const result = await decodeDocument({ name: 'vide.docx', bytes: await docxBytes([new Paragraph({ text: '' })]) });
    expect(result).toMatchObject({ ok: false, failure: 'empty' });
  });
});
