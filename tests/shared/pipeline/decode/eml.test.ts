// E-mail messages (.eml): postal-mime parses; the body is the text, the headers are metadata.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../../shared/pipeline/decode';
import { bytes, decoded, linesOf } from './helpers';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', name)));

describe('.eml', () => {
  it('quoted-printable French declared iso-8859-1 with Windows-1252 quotes: decoded, no mojibake, headers to meta', async () => {
    const doc = await decoded('communique.eml', fixture('qp-french.eml'));
    expect(doc.format).toBe('eml');
    expect(doc.mediaType).toBe('message/rfc822');
    expect(doc.encoding).toBe('iso-8859-1');
    expect(doc.text).toBe(
      'GENÈVE, 3 février 2021 – L’Organisation internationale pour les migrations (OIM) a lancé aujourd’hui un appel de fonds pour venir en aide aux familles déplacées par les inondations dans la région.\n\n' +
        '« Nous devons agir avant la saison des pluies », a déclaré la directrice régionale.\n\n' +
        'Pour plus d’informations, veuillez contacter :\nMarie Dupont, OIM Genève, +41 22 555 01 23, mdupont@example.org\n',
    );
    expect(doc.meta).toEqual({
      subject: 'Communiqué : appel de fonds pour la région',
      from: 'Service médias OIM <medias@example.org>',
      to: 'Liste Presse <presse@example.org>, Rédaction <redaction@example.com>',
      sentAt: '2021-02-03T08:15:00.000Z',
    });
    expect(doc.hints.every((h) => h === null)).toBe(true);
  });

  it('never puts the headers into the text', async () => {
    const doc = await decoded('m.eml', fixture('qp-french.eml'));
    expect(doc.text).not.toMatch(/^(From|To|Subject|Date|Message-ID|MIME-Version|Content-Type):/m);
    expect(doc.text).not.toContain('medias@example.org');
  });

  it('an HTML-only body in base64 UTF-8 goes through the HTML flattener (hints, no script, attachment ignored)', async () => {
    const doc = await decoded('comunicado.eml', fixture('base64-html-only.eml'));
    expect(doc.format).toBe('eml');
    expect(doc.meta.subject).toBe('Comunicado: Tapachula, 15 de abril');
    expect(linesOf(doc)).toEqual([
      ['Le communiqué du jour', { kind: 'chrome' }],
      ['Migración: la OIM apoya a 5.000 familias en Tapachula', { kind: 'heading', level: 1 }],
      ['TAPACHULA, México, 15 de abril de 2024.- La Organización Internacional para las Migraciones (OIM) entregó esta semana asistencia a 5.000 familias.', null],
      ['«Ninguna familia debería enfrentar sola este camino», afirmó la jefa de misión.', null],
      ['kits de higiene', { kind: 'list-item', list: 'bullet' }],
      ['transferencias en efectivo', { kind: 'list-item', list: 'bullet' }],
      ['Contacto de prensa', { kind: 'emphasis', bold: true }],
      ['Ana López, OIM México', null],
      ['Tel.: +52 55 5555 0123', null],
      ['Correo: alopez@example.org', null],
      ['Para darse de baja de esta lista, haga clic aquí.', { kind: 'chrome' }],
    ]);
    expect(doc.text).not.toContain('track()');
    expect(doc.text).not.toContain('PDF');
  });

  it('multipart/alternative: the text/plain part, not the HTML one', async () => {
    const doc = await decoded('fw.eml', fixture('multipart-alternative.eml'));
    expect(doc.text).toContain('PORT SUDAN, Sudan, 4 June 2024 - IOM has helped 1,140 stranded migrants return home.');
    expect(doc.text).toContain('“Every family deserves a safe way home,” said the Chief of Mission.');
    expect(doc.text).not.toContain('HTML VERSION');
    expect(doc.meta.sentAt).toBe('2024-06-04T06:15:00.000Z');
  });

  it('recognises a message by its content whatever its name, entities decoded in the text body', async () => {
    const raw = 'From: a@example.org\r\nSubject: Test\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nl&rsquo;OIM &amp; ses partenaires\r\n';
    const doc = await decoded('message.txt', raw);
    expect(doc.format).toBe('eml');
    expect(doc.text).toBe('l’OIM & ses partenaires\n');
    expect(doc.encoding).toBe('utf-8');
  });

  it('reads an mbox export (a leading "From sender date" line)', async () => {
    const raw = 'From medias@example.org Tue Jun  4 09:02:00 2024\nFrom: medias@example.org\nSubject: Test\nMIME-Version: 1.0\n\nCorps du message.\n';
    const doc = await decoded('export.mbox', raw);
    expect(doc.format).toBe('eml');
    expect(doc.text).toBe('Corps du message.\n');
  });

  it('a forwarded message copied as text (From:/Sent:/To:/Subject: lines, no MIME header) is text, not an e-mail', async () => {
    const raw = 'From: Mark Ellison <mellison@example.com>\nSent: Tuesday, June 4, 2024 9:02 AM\nTo: Web Team <webteam@example.com>\nSubject: FW: PRESS RELEASE\n\nHi all,\n';
    const doc = await decoded('forward.txt', raw);
    expect(doc.format).toBe('text');
    expect(doc.text).toBe(raw);
  });

  it.each([
    ['a multipart message whose boundary never occurs', 'malformed-boundary.eml', fixture('malformed-boundary.eml'), 'unreadable', /multipart body without any readable part \(boundary "never-used" not found\)/],
    ['an .eml that does not start with header fields', 'broken.eml', bytes('Ceci n’est pas un message.\nJuste du texte.\n'), 'unreadable', /does not start with header fields/],
    ['an .eml with headers and no body', 'empty.eml', bytes('From: a@example.org\r\nSubject: Vide\r\nMIME-Version: 1.0\r\n\r\n'), 'empty', /no text or HTML body \(no body\)/],
    ['an e-mail with only an attachment', 'pj.eml', bytes('From: a@example.org\r\nSubject: PJ\r\nMIME-Version: 1.0\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n'), 'empty', /only 1 attachment/],
  ])('%s → failure with a clear detail', async (_label, name, input, failure, detail) => {
    const result = await decodeDocument({ name, bytes: input });
    expect(result).toMatchObject({ ok: false, failure });
    expect(!result.ok && result.detail).toMatch(detail);
  });
});
