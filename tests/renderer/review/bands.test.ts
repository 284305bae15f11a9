import { describe, expect, it } from 'vitest';
import { bandCounts, computeLines, contentLines } from '../../../renderer/features/review/bands';
import { mapOf, seg } from './fixtures';

describe('bands from the split map', () => {
  const lines = [
    'Accueil > Actualités',
    '',
    'Des migrants formés au numérique',
    'DAKAR, 6 mars 2024 – Le programme a formé 300 personnes.',
    '« Ce programme change des vies, car il ouvre des',
    'portes », a déclaré Awa Diop.',
    'Qui sommes nousL’Organisation aide les migrants.',
    'Contact presse : Awa Diop',
  ];
  const cutAt = 'Qui sommes nous'.length;
  const map = mapOf([
    seg(lines, 0, 'dropped', { rule: 'bp-breadcrumb' }),
    seg(lines, 2, 'title'),
    { line: 3, start: 0, end: 20, dest: 'dateline', rule: null, forced: false },
    { line: 3, start: 21, end: lines[3]!.length, dest: 'body', rule: null, forced: false },
    seg(lines, 4, 'body'),
    seg(lines, 5, 'body'),
    { line: 6, start: 0, end: cutAt, dest: 'dropped', rule: 'bp-glued-heading', forced: false },
    { line: 6, start: cutAt, end: lines[6]!.length, dest: 'body', rule: null, forced: false },
    seg(lines, 7, 'contact', { forced: true, rule: 'user' }),
  ]);
  const quotes = [{ text: 'Ce programme change des vies, car il ouvre des portes', speaker: 'Awa Diop' }];
  const views = computeLines(lines, map, quotes);

  it('a blank line has no part and no band', () => {
    expect(views[1]).toMatchObject({ parts: [], primary: null, dest: null });
  });

  it('each line takes the band of its destination', () => {
    expect(views[0]!.primary).toBe('dropped');
    expect(views[2]!.primary).toBe('title');
    expect(views[7]).toMatchObject({ primary: 'contact', dest: 'contact' });
  });

  it('a line split between dateline and body shows both parts; its main band is the longer one', () => {
    expect(views[3]!.parts.map((p) => p.dest)).toEqual(['dateline', null, 'body']);
    expect(views[3]!.parts.some((p) => p.glued)).toBe(false);
    expect(views[3]!.primary).toBe('body');
    expect(views[3]!.bands).toEqual(['dateline', 'body']);
  });

  it('a cut line (glued heading) shows two parts; the kept part gives the band', () => {
    const parts = views[6]!.parts;
    expect(parts.map((p) => [p.text, p.dest])).toEqual([
      ['Qui sommes nous', 'dropped'],
      ['L’Organisation aide les migrants.', 'body'],
    ]);
    expect(views[6]!.primary).toBe('body');
    expect(views[6]!.bands).toEqual(['dropped', 'body']);
    expect(parts[1]!.glued).toBe(true);
  });

  it('body lines holding a quote, across a wrap, get the quote band', () => {
    expect(views[4]!.primary).toBe('quote');
    expect(views[5]!.primary).toBe('quote');
    expect(views[4]!.dest).toBe('body');
    expect(views[3]!.parts.at(-1)!.band).toBe('body');
  });

  it('nothing of a line is lost: the parts put together give the line back', () => {
    for (const v of views) if (v.parts.length) expect(v.parts.map((p) => p.text).join('')).toBe(v.text);
  });

  it('text outside every segment stays as a plain part', () => {
    const l = ['  Titre  '];
    const v = computeLines(l, mapOf([{ line: 0, start: 2, end: 7, dest: 'title', rule: null, forced: false }]), []);
    expect(v[0]!.parts.map((p) => [p.text, p.dest])).toEqual([['  ', null], ['Titre', 'title'], ['  ', null]]);
    const orphan = computeLines(['texte sans segment'], mapOf([]), []);
    expect(orphan[0]!.parts).toEqual([expect.objectContaining({ dest: null, text: 'texte sans segment' })]);
  });

  it('counts lines per band and lists the lines the keyboard can land on', () => {
    const counts = bandCounts(views);
    expect(counts).toMatchObject({ dropped: 2, title: 1, dateline: 1, quote: 2, body: 2, contact: 1, subtitle: 0 });
    expect(contentLines(views)).toEqual([0, 2, 3, 4, 5, 6, 7]);
  });

  it('a quote rewritten by the splitter (tags, line-end hyphen) still finds its lines by its ends', () => {
    const l = ['<strong>« La coordi-</strong>', 'nation entre les services est essentielle pour nous »'];
    const m = mapOf([seg(l, 0, 'body'), seg(l, 1, 'body')]);
    const v = computeLines(l, m, [{ text: 'La coordination entre les services est essentielle pour nous', speaker: null }]);
    expect(v.map((x) => x.primary)).toEqual(['quote', 'quote']);
  });

  it('a short or absent quote marks nothing', () => {
    const l = ['Il a dit « oui ».'];
    const v = computeLines(l, mapOf([seg(l, 0, 'body')]), [{ text: 'oui', speaker: null }, { text: 'introuvable dans le texte source', speaker: null }]);
    expect(v[0]!.primary).toBe('body');
  });
});
