// Markdown (by extension or media type): structure → hints, markup out, list markers kept.
import { describe, expect, it } from 'vitest';
import { markdownLines } from '../../../../shared/pipeline/decode';
import { decoded, linesOf } from './helpers';

const md = (text: string) => linesOf(markdownLines(text));
const one = (line: string) => markdownLines(line);

describe('Markdown lines', () => {
  it('a release in Markdown', async () => {
    const doc = await decoded(
      'communique.md',
      '# Sahel : 12 000 familles aidées #\r\n\r\n**DAKAR, 21 novembre 2023** – L’OIM a _distribué_ des kits.\r\n\r\n## Une réponse en trois volets\r\n\r\n- des kits d’abris ;\r\n- des transferts\r\n  monétaires ;\r\n1. recenser\r\n2) distribuer\r\n\r\n> « Nous avons tout perdu », dit-elle.\r\n\r\n**Contact presse**\r\n',
    );
    expect(doc.format).toBe('markdown');
    expect(doc.mediaType).toBe('text/markdown');
    expect(linesOf(doc)).toEqual([
      ['Sahel : 12 000 familles aidées', { kind: 'heading', level: 1 }],
      ['DAKAR, 21 novembre 2023 – L’OIM a distribué des kits.', null],
      ['Une réponse en trois volets', { kind: 'heading', level: 2 }],
      ['- des kits d’abris ;', { kind: 'list-item', list: 'bullet' }],
      ['- des transferts', { kind: 'list-item', list: 'bullet' }],
      ['  monétaires ;', null],
      ['1. recenser', { kind: 'list-item', list: 'number' }],
      ['2) distribuer', { kind: 'list-item', list: 'number' }],
      ['« Nous avons tout perdu », dit-elle.', { kind: 'blockquote' }],
      ['Contact presse', { kind: 'emphasis', bold: true }],
    ]);
  });

  it.each([
    ['**gras** et __gras__', 'gras et gras'],
    ['*italique* et _italique_', 'italique et italique'],
    ['***les deux***', 'les deux'],
    ['[le rapport](https://example.org/rapport "Titre") en ligne', 'le rapport en ligne'],
    ['![photo](img.jpg) Légende', ' Légende'],
    ['snake_case_name et https://example.org/a_b_c', 'snake_case_name et https://example.org/a_b_c'],
    ['5 * 3 * 2 = 30', '5 * 3 * 2 = 30'],
    ['un * seul', 'un * seul'],
    ['** pas d’emphase **', '** pas d’emphase **'],
    ['l’OIM_Genève', 'l’OIM_Genève'],
  ])('inline: %s', (input, expected) => {
    expect(one(input).text).toBe(expected);
  });

  it.each([
    ['### Titre ###', 'Titre', { kind: 'heading', level: 3 }],
    ['#Pas un titre', '#Pas un titre', null],
    ['####### sept dièses', '####### sept dièses', null],
    ['# C# et F#', 'C# et F#', { kind: 'heading', level: 1 }],
    ['* point', '* point', { kind: 'list-item', list: 'bullet' }],
    ['+ point', '+ point', { kind: 'list-item', list: 'bullet' }],
    ['    - imbriqué', '    - imbriqué', { kind: 'list-item', list: 'bullet' }],
    ['2024. Une année', '2024. Une année', { kind: 'list-item', list: 'number' }],
    ['*Tout en italique*', 'Tout en italique', { kind: 'emphasis', italic: true }],
    ['- **Point gras**', '- Point gras', { kind: 'list-item', list: 'bullet', bold: true }],
    ['***', '***', null],
    ['- - -', '- - -', null],
  ])('%s', (input, text, hint) => {
    expect(md(input)).toEqual([[text, hint]]);
  });

  it('setext headings: the underline line becomes empty', () => {
    expect(markdownLines('Titre\n=====\n\nSous-titre\n---\nTexte')).toEqual({
      text: 'Titre\n\n\nSous-titre\n\nTexte',
      hints: [{ kind: 'heading', level: 1 }, null, null, { kind: 'heading', level: 2 }, null, null],
    });
  });

  it('leaves fenced code as it is', () => {
    expect(markdownLines('```\n# pas un titre\n**x**\n```').text).toBe('```\n# pas un titre\n**x**\n```');
  });

  it('is used by extension or media type only; a .txt with # stays text', async () => {
    expect((await decoded('note.txt', '# Titre')).format).toBe('text');
    expect((await decoded('note', '# Titre', 'text/markdown')).format).toBe('markdown');
  });

  // Its speed is measured by bench/scaling.bench.ts; the generous timeout only catches a hang.
  it('takes hostile emphasis whole, one hint per line', () => {
    const out = markdownLines(`${'**a _b *c '.repeat(100_000)}\n${'_'.repeat(200_000)}\n${'# '.repeat(100_000)}`);
    const lines = out.text.split('\n');
    // Unclosed emphasis is text: every mark is kept.
    expect(lines).toHaveLength(3);
    expect(out.hints).toHaveLength(3);
    expect(lines[0] === '**a _b *c '.repeat(100_000)).toBe(true);
    expect(lines[1] === '_'.repeat(200_000)).toBe(true);
  }, 120_000);
});
