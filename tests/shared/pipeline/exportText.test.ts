import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain';
import { exportFileName, exportRelease, formatReleaseDate, releaseToText } from '../../../shared/pipeline/export';
import { contactOf, para, sampleRelease } from './releaseFixture';

describe('releaseToText', () => {
  it('writes title, subtitle, dateline, body, lists and the contact block', () => {
    expect(releaseToText(sampleRelease())).toBe(
      [
        'Les officiers chinois formés',
        '',
        'Une formation de deux semaines',
        '',
        'GENÈVE, 3 février 2021',
        '',
        'Premier paragraphe.',
        '',
        'Contexte',
        '',
        '1. Un',
        '  1. Un point un',
        '  2. Un point deux',
        '2. Deux',
        '',
        'Entre deux listes.',
        '',
        '• Puce',
        '  • Sous-puce',
        '',
        '« Une citation\u202F! »',
        '',
        'Dernier paragraphe.',
        '',
        'Pour plus d’informations, veuillez contacter\u00A0:',
        '',
        'Paul Dillon, Porte-parole, OIM',
        '+41 79 636 98 74 / +41 22 717 91 11',
        'pdillon@iom.int',
        '',
        'Bureau de presse',
        'media@iom.int',
        '',
      ].join('\n'),
    );
  });

  it.each<[Language, string, string]>([
    ['fr', 'GENÈVE, 3 février 2021', 'Pour plus d’informations, veuillez contacter\u00A0:'],
    ['en', 'GENÈVE, 3 February 2021', 'For more information, please contact:'],
    ['es', 'GENÈVE, 3 de febrero de 2021', 'Para más información, contactar a:'],
  ])('writes the date and the contact intro in the release language (%s)', (language, dateline, intro) => {
    const lines = releaseToText(sampleRelease({ language })).split('\n');
    expect(lines).toContain(dateline);
    expect(lines).toContain(intro);
  });

  it('leaves out what is empty: no subtitle, no dateline, no contacts, no body', () => {
    const r = sampleRelease({ meta: { title: 'Seul', subtitle: '', dateline: '', date: null }, contacts: [contactOf({})], body: { blocks: [] } });
    expect(releaseToText(r)).toBe('Seul\n');
  });

  it('writes the date alone when there is no place, and the place alone when there is no date', () => {
    expect(releaseToText(sampleRelease({ meta: { title: 'T', subtitle: '', dateline: '', date: '2021-12-31' }, body: { blocks: [] }, contacts: [] }))).toBe('T\n\n31 décembre 2021\n');
    expect(releaseToText(sampleRelease({ meta: { title: 'T', subtitle: '', dateline: 'Nairobi', date: null }, body: { blocks: [] }, contacts: [] }))).toBe('T\n\nNairobi\n');
  });

  it('restarts numbering after a paragraph', () => {
    const item = (text: string) => ({ type: 'list-item' as const, list: 'number' as const, indent: 0, children: [{ text }] });
    const r = sampleRelease({ meta: { title: 'T', subtitle: '', dateline: '', date: null }, contacts: [], body: { blocks: [item('a'), item('b'), para('p'), item('c')] } });
    expect(releaseToText(r)).toBe('T\n\n1. a\n2. b\n\np\n\n1. c\n');
  });

  it('keeps marks out and text in, no-break spaces included', () => {
    const r = sampleRelease({
      meta: { title: 'T', subtitle: '', dateline: '', date: null },
      contacts: [],
      body: { blocks: [{ type: 'paragraph', children: [{ text: 'Gras', bold: true }, { text: '\u00A0: ' }, { text: 'lien', href: 'https://www.iom.int' }, { text: '\u202F!' }] }] },
    });
    expect(releaseToText(r)).toBe('T\n\nGras\u00A0: lien\u202F!\n');
  });
});

describe('export helpers', () => {
  it.each<[string, Language, string]>([
    ['2021-02-03', 'fr', '3 février 2021'],
    ['2021-02-03', 'en', '3 February 2021'],
    ['2021-02-03', 'es', '3 de febrero de 2021'],
    ['2020-01-01', 'fr', '1 janvier 2020'],
    ['2024-02-29', 'en', '29 February 2024'],
  ])('formatReleaseDate(%s, %s) is %s, whatever the time zone', (date, lang, expected) => {
    expect(formatReleaseDate(date, lang)).toBe(expected);
  });

  it.each([
    [{ title: 'Les officiers chinois formés', date: '2021-02-03' }, 'txt', '2021-02-03-les-officiers-chinois-formes.txt'],
    [{ title: 'Œuvre d’art : « Genève » !', date: null }, 'md', 'oeuvre-d-art-geneve.md'],
    [{ title: '', date: null }, 'txt', 'communique.txt'],
    [{ title: '???', date: '2021-02-03' }, 'md', '2021-02-03-communique.md'],
    [{ title: `${'mot '.repeat(30)}fin`, date: null }, 'txt', `${'mot-'.repeat(15).slice(0, 59)}.txt`],
  ])('file name for %j', (meta, ext, expected) => {
    const r = sampleRelease({ meta: { subtitle: '', dateline: '', ...meta } });
    expect(exportFileName(r, ext)).toBe(expected);
  });

  it('exportRelease gives name, media type and content', () => {
    const r = sampleRelease();
    expect(exportRelease(r, 'txt')).toEqual({ fileName: '2021-02-03-les-officiers-chinois-formes.txt', mediaType: 'text/plain;charset=utf-8', content: releaseToText(r) });
    expect(exportRelease(r, 'md').mediaType).toBe('text/markdown;charset=utf-8');
  });
});

describe('list numbering, as the editor shows it', () => {
  const item = (list: 'bullet' | 'number', text: string, indent = 0) => ({ type: 'list-item' as const, list, indent, children: [{ text }] });
  const text = (...blocks: ReturnType<typeof item>[]) =>
    releaseToText(sampleRelease({ meta: { title: 'T', subtitle: '', dateline: '', date: null }, contacts: [], body: { blocks } })).slice('T\n\n'.length);

  it('restarts after a list of the other kind at the same depth', () => {
    expect(text(item('number', 'a'), item('number', 'b'), item('bullet', 'c'), item('number', 'd'))).toBe('1. a\n2. b\n• c\n1. d\n');
  });

  it('continues past a nested list of the other kind', () => {
    expect(text(item('number', 'a'), item('bullet', 'x', 1), item('number', 'b'))).toBe('1. a\n  • x\n2. b\n');
  });

  it('restarts a nested list under a new parent item', () => {
    expect(text(item('number', 'A'), item('number', 'a1', 1), item('bullet', 'B'), item('number', 'b1', 1))).toBe('1. A\n  1. a1\n• B\n  1. b1\n');
  });
});
