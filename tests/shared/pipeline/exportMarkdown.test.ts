import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Block, Inline } from '../../../shared/domain';
import { escapeMarkdown, releaseToMarkdown } from '../../../shared/pipeline/export';
import { para, sampleRelease } from './releaseFixture';

function frontMatter(md: string): { meta: unknown; rest: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error(`no front matter in ${md}`);
  return { meta: parse(m[1]!), rest: m[2]! };
}

/** The body of a release made of `blocks` only (no title, dateline or contacts). */
function body(...blocks: Block[]): string {
  const md = releaseToMarkdown(sampleRelease({ meta: { title: '', subtitle: '', dateline: '', date: null }, contacts: [], body: { blocks } }));
  return frontMatter(md).rest.replace(/^\n/, '');
}
const run = (text: string, marks: Omit<Inline, 'text'> = {}): Inline => ({ text, ...marks });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });

describe('releaseToMarkdown', () => {
  it('starts with YAML front matter that parses back to the metadata', () => {
    const { meta } = frontMatter(releaseToMarkdown(sampleRelease()));
    expect(meta).toEqual({
      title: 'Les officiers chinois formés',
      subtitle: 'Une formation de deux semaines',
      dateline: 'GENÈVE',
      date: '2021-02-03',
      language: 'fr',
      status: 'ready',
      themes: ['border-management', 'capacity-building'],
      contacts: [
        { name: 'Paul Dillon', role: 'Porte-parole', organization: 'OIM', phone: '+41 79 636 98 74', phone_alt: '+41 22 717 91 11', email: 'pdillon@iom.int' },
        { organization: 'Bureau de presse', email: 'media@iom.int' },
      ],
    });
  });

  it.each([
    'Oui: non',
    '#hashtag',
    '- tiret',
    "l'OIM « dit »\u00A0: non\u202F!",
    'true',
    'null',
    '2021',
    '2021-02-03',
    '"guillemets"',
    '  espaces  ',
    'ligne\\antislash',
    '@mention',
    '[crochets]',
    '*étoile*',
    '%pourcent',
    '---',
  ])('keeps the title %j as a string in the front matter', (title) => {
    const { meta } = frontMatter(releaseToMarkdown(sampleRelease({ meta: { title, subtitle: '', dateline: '', date: null } })));
    expect((meta as { title: unknown }).title).toBe(title);
  });

  it('leaves out empty metadata', () => {
    const { meta } = frontMatter(releaseToMarkdown(sampleRelease({ meta: { title: 'T', subtitle: '', dateline: '', date: null }, themes: [], contacts: [] })));
    expect(meta).toEqual({ title: 'T', language: 'fr', status: 'ready' });
  });

  it('writes the headline, subtitle, dateline, body and contacts', () => {
    const { rest } = frontMatter(releaseToMarkdown(sampleRelease()));
    expect(rest).toBe(
      [
        '',
        '# Les officiers chinois formés',
        '',
        '*Une formation de deux semaines*',
        '',
        '**GENÈVE, 3 février 2021**',
        '',
        'Premier paragraphe.',
        '',
        '## Contexte',
        '',
        '1. Un',
        '   1. Un point un',
        '   2. Un point deux',
        '2. Deux',
        '',
        'Entre deux listes.',
        '',
        '- Puce',
        '   - Sous-puce',
        '',
        '> « Une citation\u202F! »',
        '',
        'Dernier paragraphe.',
        '',
        '## Contacts',
        '',
        'Pour plus d’informations, veuillez contacter\u00A0:',
        '',
        'Paul Dillon, Porte-parole, OIM  ',
        '+41 79 636 98 74 / +41 22 717 91 11  ',
        'pdillon@iom.int',
        '',
        'Bureau de presse  ',
        'media@iom.int',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, Inline[], string]>([
    ['bold', [run('Gras', { bold: true })], '**Gras**'],
    ['italic', [run('italique', { italic: true })], '*italique*'],
    ['bold italic', [run('les deux', { bold: true, italic: true })], '***les deux***'],
    ['marks inside the spaces', [run('a'), run(' gras ', { bold: true }), run('b')], 'a **gras** b'],
    ['a link', [run('le site', { href: 'https://www.iom.int/fr' })], '[le site](<https://www.iom.int/fr>)'],
    ['a bold link', [run('site', { href: 'https://x.org/a b', bold: true })], '[**site**](<https://x.org/a%20b>)'],
    ['a mailto link', [run('écrire', { href: 'mailto:media@iom.int' })], '[écrire](<mailto:media@iom.int>)'],
    ['a run of spaces only', [run('a'), run(' ', { bold: true }), run('b')], 'a b'],
  ])('inline %s', (_label, children, expected) => {
    expect(body(p(...children))).toBe(`${expected}\n`);
  });

  it.each([
    ['asterisks', '2 * 3 * 4', '2 \\* 3 \\* 4'],
    ['underscores', 'snake_case_name', 'snake\\_case\\_name'],
    ['brackets', '[note]', '\\[note\\]'],
    ['backticks', 'le `code`', 'le \\`code\\`'],
    ['angle brackets', '<b>gras</b>', '\\<b\\>gras\\</b\\>'],
    ['a hash at line start', '# pas un titre', '\\# pas un titre'],
    ['two hashes at line start', '## pas un titre', '\\## pas un titre'],
    ['six hashes at line start', '###### pas un titre', '\\###### pas un titre'],
    ['a hash inside a line', 'le #1 mondial', 'le #1 mondial'],
    ['a number and a dot at line start', '2021. Une année', '2021\\. Une année'],
    ['a number and a parenthesis', '1) premier', '1\\) premier'],
    ['a dash at line start', '- pas une liste', '\\- pas une liste'],
    ['a plus at line start', '+ pas une liste', '\\+ pas une liste'],
    ['a thematic break of dashes', '---', '\\---'],
    ['a lone dash', '-', '\\-'],
    ['a spaced thematic break', '- - -', '\\- - -'],
    ['a backslash', 'a\\b', 'a\\\\b'],
  ])('escapes %s', (_label, text, expected) => {
    expect(body(para(text))).toBe(`${expected}\n`);
  });

  it('preserves no-break spaces U+00A0 and U+202F, in text and around marks', () => {
    expect(body(p(run('Genève\u00A0: '), run('partir', { bold: true }), run('\u202F?')))).toBe('Genève\u00A0: **partir**\u202F?\n');
    expect(body(p(run('\u00A0gras\u00A0', { bold: true })))).toBe('\u00A0**gras**\u00A0\n');
  });

  it('separates lists of different kinds with a blank line', () => {
    const item = (list: 'bullet' | 'number', text: string): Block => ({ type: 'list-item', list, indent: 0, children: [run(text)] });
    expect(body(item('bullet', 'a'), item('number', 'b'))).toBe('- a\n\n1. b\n');
  });

  it('escapes Markdown in the title and dateline', () => {
    const md = releaseToMarkdown(sampleRelease({ meta: { title: 'Un *titre* _souligné_', subtitle: '', dateline: 'A*B', date: null }, body: { blocks: [] }, contacts: [] }));
    expect(frontMatter(md).rest).toBe('\n# Un \\*titre\\* \\_souligné\\_\n\n**A\\*B**\n');
  });

  it('escapeMarkdown leaves ordinary text alone', () => {
    expect(escapeMarkdown('Réintégration à Genève, 3 février 2021.')).toBe('Réintégration à Genève, 3 février 2021.');
  });
});

describe('soft line breaks and list text', () => {
  const item = (list: 'bullet' | 'number', text: string, indent = 0): Block => ({ type: 'list-item', list, indent, children: [run(text)] });

  it.each<[string, Block, string]>([
    ['a paragraph', para('ligne un\nligne deux'), 'ligne un\\\nligne deux'],
    ['a break before a hash', para('a\n# pas un titre'), 'a\\\n\\# pas un titre'],
    ['a break before a list marker', para('a\n- pas une liste\n1. non plus'), 'a\\\n\\- pas une liste\\\n1\\. non plus'],
    ['a trailing break', para('fin\n'), 'fin'],
    ['a quote', { type: 'quote', children: [run('vers un\nvers deux')] }, '> vers un\\\n> vers deux'],
    ['a heading', { type: 'heading', level: 2, children: [run('titre\nsuite')] }, '## titre suite'],
    ['a bullet item', item('bullet', 'un\ndeux'), '- un\\\n  deux'],
    ['a nested numbered item', item('number', 'un\ndeux', 1), '   1. un\\\n      deux'],
    ['a bullet item that starts like a numbered one', item('bullet', '1. pas imbriqué'), '- 1\\. pas imbriqué'],
    ['a numbered item that starts with a hash', item('number', '# pas un titre'), '1. \\# pas un titre'],
  ])('%s', (_label, block, expected) => {
    expect(body(block)).toBe(`${expected}\n`);
  });

  it('keeps marks across a soft break', () => {
    expect(body(p(run('gras\nsur deux lignes', { bold: true })))).toBe('**gras\\\nsur deux lignes**\n');
  });
});

describe('Markdown list numbering', () => {
  const item = (list: 'bullet' | 'number', text: string, indent = 0): Block => ({ type: 'list-item', list, indent, children: [run(text)] });

  it('restarts after a list of the other kind, and under a new parent', () => {
    expect(body(item('number', 'a'), item('number', 'b'), item('bullet', 'c'), item('number', 'd'))).toBe('1. a\n2. b\n\n- c\n\n1. d\n');
    expect(body(item('number', 'A'), item('number', 'a1', 1), item('bullet', 'B'), item('number', 'b1', 1))).toBe('1. A\n   1. a1\n- B\n   1. b1\n');
  });
});
