// Where paragraphs end: one table row per break rule id, with negatives.
import { describe, expect, it } from 'vitest';
import type { LineHint, Segment } from '../../../../shared/pipeline/model';
import { BREAK_RULES, joinSegments, unwrapExplained, unwrapSegments, unwrapText, type BreakRuleId } from '../../../../shared/pipeline/unwrap';
import { testLexicon } from './lexicons';

function segmentsOf(lines: readonly string[]): Segment[] {
  return lines.flatMap((text, line) => (/\S/.test(text) ? [{ line, start: 0, end: text.length, text }] : []));
}

function explain(text: string, hints?: (LineHint | null)[]) {
  const lines = text.split('\n');
  return unwrapExplained(segmentsOf(lines), { lang: 'fr', lexicon: testLexicon('fr'), lines, hints });
}

const LONG_A =
  'L’Organisation internationale pour les migrations a lancé ce mardi un programme régional de soutien aux communautés qui accueillent des personnes déplacées par les inondations et les partenaires';
const LONG_B =
  'Les équipes mobiles de l’OIM ont déjà distribué des abris, des kits d’hygiène et de l’eau potable à plus de douze mille familles dans les trois provinces les plus touchées par la catastrophe.';

/** Rule id, text, expected paragraphs, and the rule expected to start paragraph `at`. */
const ROWS: [BreakRuleId, string, string[], number][] = [
  ['unwrap-blank-line', 'Le premier paragraphe est coupé\nsur deux lignes.\n\nLe second aussi est\ncoupé.', ['Le premier paragraphe est coupé sur deux lignes.', 'Le second aussi est coupé.'], 1],
  [
    'unwrap-end-punctuation',
    'Le premier paragraphe est coupé sur\ndeux lignes.\nLe second paragraphe commence\nici et finit là !\nLe troisième : « oui »\nEt le dernier.',
    ['Le premier paragraphe est coupé sur deux lignes.', 'Le second paragraphe commence ici et finit là !', 'Le troisième : « oui »', 'Et le dernier.'],
    1,
  ],
  [
    'unwrap-list-marker',
    'L’OIM prévoit les mesures suivantes, détaillées plus bas :\n- la première mesure, qui\n  continue ici ;\n• la deuxième ;\n2. la troisième ;\nb) la dernière.',
    ['L’OIM prévoit les mesures suivantes, détaillées plus bas :', 'la première mesure, qui continue ici ;', 'la deuxième ;', 'la troisième ;', 'la dernière.'],
    1,
  ],
  [
    'unwrap-list-end',
    'Introduction du texte.\n\n• premier point qui est\n  assez long ;\n• second point qui est\n  aussi long\nSuite du texte sans ligne vide\net qui continue.\n\nFin.',
    ['Introduction du texte.', 'premier point qui est assez long ;', 'second point qui est aussi long', 'Suite du texte sans ligne vide et qui continue.', 'Fin.'],
    3,
  ],
  ['unwrap-one-per-line', `${LONG_A}\n${LONG_B}`, [LONG_A, LONG_B], 1],
  [
    'unwrap-short-line',
    'Le paragraphe d’introduction se termine par une phrase complète.\nUne réponse en trois volets\nLes équipes de l’organisation interviennent dans toute la région\ndepuis le début de l’année.',
    ['Le paragraphe d’introduction se termine par une phrase complète.', 'Une réponse en trois volets', 'Les équipes de l’organisation interviennent dans toute la région depuis le début de l’année.'],
    2,
  ],
  [
    'unwrap-next-word-fits',
    'Les équipes de l’organisation interviennent dans toute la région\ndepuis le début de l’année.\nUne réponse coordonnée des autorités et des partenaires\nLes équipes mobiles de l’OIM ont déjà distribué des abris\net de l’eau potable à plus de douze mille familles.',
    [
      'Les équipes de l’organisation interviennent dans toute la région depuis le début de l’année.',
      'Une réponse coordonnée des autorités et des partenaires',
      'Les équipes mobiles de l’OIM ont déjà distribué des abris et de l’eau potable à plus de douze mille familles.',
    ],
    2,
  ],
  [
    'unwrap-overlong',
    'Frontera colombo-venezolana: la OIM publica su primer informe trimestral de monitoreo\nCÚCUTA — La Organización Internacional para las Migraciones\n(OIM) publicó hoy su primer informe trimestral en la\nfrontera, elaborado a partir de más de 21.000 encuestas\nrealizadas entre enero y marzo.',
    [
      'Frontera colombo-venezolana: la OIM publica su primer informe trimestral de monitoreo',
      'CÚCUTA — La Organización Internacional para las Migraciones (OIM) publicó hoy su primer informe trimestral en la frontera, elaborado a partir de más de 21.000 encuestas realizadas entre enero y marzo.',
    ],
    1,
  ],
];

describe('paragraph breaks', () => {
  it.each(ROWS)('%s', (rule, text, expected, at) => {
    const out = explain(text);
    expect(out.map((p) => p.paragraph.text)).toEqual(expected);
    expect(out[at]?.startedBy).toBe(rule);
  });

  it('a heading or list-item hint is a paragraph of its own (unwrap-hint)', () => {
    const out = explain('Une réponse en trois volets et beaucoup plus encore\nles équipes interviennent partout\nd’abord ici\nensuite là', [
      { kind: 'heading', level: 2 },
      null,
      { kind: 'list-item', list: 'number' },
      { kind: 'list-item', list: 'number' },
    ]);
    expect(out.map((p) => [p.paragraph.text, p.startedBy, p.paragraph.list])).toEqual([
      ['Une réponse en trois volets et beaucoup plus encore', null, null],
      ['les équipes interviennent partout', 'unwrap-hint', null],
      ['d’abord ici', 'unwrap-hint', 'number'],
      ['ensuite là', 'unwrap-hint', 'number'],
    ]);
  });

  it('two pieces of one line are two paragraphs (unwrap-same-line)', () => {
    const line = 'Qui sommes nousL’Organisation internationale pour les migrations.';
    const segments: Segment[] = [
      { line: 0, start: 0, end: 15, text: line.slice(0, 15) },
      { line: 0, start: 15, end: line.length, text: line.slice(15) },
    ];
    const out = unwrapExplained(segments, { lang: 'fr', lexicon: testLexicon('fr'), lines: [line] });
    expect(out.map((p) => [p.paragraph.text, p.startedBy])).toEqual([
      ['Qui sommes nous', null],
      ['L’Organisation internationale pour les migrations.', 'unwrap-same-line'],
    ]);
  });

  it('every break rule explains itself in French, English and Spanish', () => {
    for (const m of Object.values(BREAK_RULES)) for (const lang of ['fr', 'en', 'es'] as const) expect(m[lang]).not.toBe('');
  });
});

describe('negatives', () => {
  it('with blank lines, a wrapped line ending a sentence is still a wrap', () => {
    const text = 'La première phrase se termine au bout de la ligne.\nLa suite du même paragraphe continue ici.\n\nUn second paragraphe.\n\nUn troisième.';
    expect(explain(text).map((p) => p.paragraph.text)).toEqual([
      'La première phrase se termine au bout de la ligne. La suite du même paragraphe continue ici.',
      'Un second paragraphe.',
      'Un troisième.',
    ]);
  });

  it('one stray blank line does not turn a text without blank lines into blank-line mode', () => {
    const text = 'Premier paragraphe sur\nune ligne.\nSecond paragraphe sur\nune ligne.\nTroisième paragraphe.\n\nQuatrième paragraphe.';
    expect(explain(text).map((p) => p.paragraph.text)).toEqual([
      'Premier paragraphe sur une ligne.',
      'Second paragraphe sur une ligne.',
      'Troisième paragraphe.',
      'Quatrième paragraphe.',
    ]);
  });

  it('a short wrapped line followed by lower case goes on (source wrapping)', () => {
    const text =
      'Macao, qui accueille une industrie du casino et du jeu florissante.\nEn 2007, Macao a établit un « Comité de\ncompétence sur les mesures de dissuasion de traite des\npersonnes » et a adopté une législation.';
    expect(explain(text).map((p) => p.paragraph.text)).toEqual([
      'Macao, qui accueille une industrie du casino et du jeu florissante.',
      'En 2007, Macao a établit un « Comité de compétence sur les mesures de dissuasion de traite des personnes » et a adopté une législation.',
    ]);
  });

  it('a short line ending in a comma is not a subheading', () => {
    const text = 'Le paragraphe d’introduction se termine par une phrase complète.\nSelon le rapport,\nLes équipes de l’organisation interviennent dans toute la région.';
    expect(explain(text)).toHaveLength(2);
  });

  it('a line ending with an article, a preposition or an elision is wrapped, whatever its length', () => {
    const text =
      'Le paragraphe d’introduction se termine par une phrase complète.\nSelon le rapport de\nGenève, les équipes de l’organisation interviennent dans la\nRégion des Grands Lacs et auprès de l’\nOrganisation des Nations Unies.';
    expect(explain(text).map((p) => p.startedBy)).toEqual([null, 'unwrap-end-punctuation']);
  });

  it('a capital at the start of the next line is no break when its word did not fit', () => {
    const text =
      'Dans le cadre d’un projet financé par le gouvernement, l’OIM\nvérifiera si la victime souhaite rentrer chez elle et évaluera\nles conditions de sécurité à la fois à Macao et dans la région\nAsie-Pacifique, avec ses partenaires.';
    expect(explain(text)).toHaveLength(1);
  });

  it('a number at the start of the next line is no break even when it fits', () => {
    const text = 'Les équipes ont porté secours à plus de mille personnes. Au moins\n46 corps ont été retrouvés sur ces axes au cours de la même période.';
    expect(explain(text)).toHaveLength(1);
  });

  it('an en dash starts a list item where a list can be, and is an incise elsewhere', () => {
    const list = explain('L’OIM prévoit de mener trois actions au cours de l’année :\n– aménager 14 sites ;\n– enregistrer les arrivées\n– financer 60 projets.');
    expect(list.map((p) => [p.paragraph.text, p.paragraph.list])).toEqual([
      ['L’OIM prévoit de mener trois actions au cours de l’année :', null],
      ['aménager 14 sites ;', 'bullet'],
      ['enregistrer les arrivées', 'bullet'],
      ['financer 60 projets.', 'bullet'],
    ]);
    const incise = explain('La directrice de l’OIM au Niger, nommée en mars dernier par\nl’Organisation, la directrice\n– qui a pris ses fonctions en mars – a rappelé les besoins.');
    expect(incise.map((p) => p.paragraph.text)).toEqual([
      'La directrice de l’OIM au Niger, nommée en mars dernier par l’Organisation, la directrice – qui a pris ses fonctions en mars – a rappelé les besoins.',
    ]);
  });

  it('when the decoder marked the lists, an en dash on a line it did not call a list item is text', () => {
    const item: LineHint = { kind: 'list-item', list: 'bullet' };
    const text = '“Canadians have opened their homes to refugees for more than four decades.”\n\n– The Honourable Anita Desrosiers, Minister\n\nSince 1979, more than 380,000 refugees have been resettled.';
    const out = explain(text, [null, null, null, null, item]);
    expect(out.map((p) => [p.paragraph.text, p.paragraph.list])).toEqual([
      ['“Canadians have opened their homes to refugees for more than four decades.”', null],
      ['– The Honourable Anita Desrosiers, Minister', null],
      ['Since 1979, more than 380,000 refugees have been resettled.', 'bullet'],
    ]);
    // Without list hints (plain text), the same dash after a blank line starts an item.
    expect(explain(text)[1]!.paragraph.list).toBe('bullet');
  });

  it('tag residue at a line end does not hide its end punctuation', () => {
    const text = '<p>Le premier paragraphe est coupé sur\ndeux lignes.</p>\n<p>Le second paragraphe commence\nici.</p>';
    expect(explain(text).map((p) => p.paragraph.text)).toEqual(['<p>Le premier paragraphe est coupé sur deux lignes.</p>', '<p>Le second paragraphe commence ici.</p>']);
  });

  it('an end mark or a hyphenated number is not a list marker', () => {
    const text = 'Le texte se poursuit sur\n-30- pour la fin\nou 2024-2025 et\n*** non plus';
    expect(explain(text).map((p) => p.paragraph.list)).toEqual([null]);
  });

  it('a body line that merely starts with a dash and a word is a bullet only with a space after the dash', () => {
    const text = 'Les chiffres clés du rapport annuel sont les suivants\n-le premier\n- le second';
    expect(explain(text).map((p) => p.paragraph.text)).toEqual(['Les chiffres clés du rapport annuel sont les suivants -le premier', 'le second']);
  });
});

describe('segments and text', () => {
  it('drops indentation and trailing spaces, removes list markers, and places every segment once', () => {
    const lines = ['  Plus de 180 000 personnes ont fui les combats ', 'dans les territoires de Masisi. ', '', '• d’aménager 14 nouveaux sites, avec', '  abris et latrines ;  '];
    const segments = segmentsOf(lines);
    const ps = unwrapSegments(segments, { lang: 'fr', lexicon: testLexicon('fr'), lines });
    expect(ps.map((p) => [p.text, p.list])).toEqual([
      ['Plus de 180 000 personnes ont fui les combats dans les territoires de Masisi.', null],
      ['d’aménager 14 nouveaux sites, avec abris et latrines ;', 'bullet'],
    ]);
    expect(ps.flatMap((p) => p.segments)).toEqual(segments);
    expect(ps.map((p) => p.joins.length)).toEqual([1, 1]);
  });

  it('joinSegments joins a wrapped headline', () => {
    const segments = segmentsOf(['Niger : l’OIM renforce les secours aux migrants en détresse', 'dans le désert  ']);
    expect(joinSegments(segments, { lang: 'fr', lexicon: testLexicon('fr') })).toEqual({
      text: 'Niger : l’OIM renforce les secours aux migrants en détresse dans le désert',
      joins: [{ kind: 'space', rule: 'unwrap-wrap', doubtful: false }],
    });
  });

  it('unwrapText separates paragraphs with one blank line, keeps list markers and reads CRLF and CR', () => {
    const text = 'Trois mesures sont prévues par le\r\nplan :\r\n- la coordi-\r\n  nation des équipes ;\r- le suivi.\r\n';
    expect(unwrapText(text, { lang: 'fr', lexicon: testLexicon('fr') })).toBe('Trois mesures sont prévues par le plan :\n\n- la coordination des équipes ;\n\n- le suivi.');
  });

  it('nothing in, nothing out', () => {
    expect(unwrapText('', { lang: 'fr', lexicon: testLexicon('fr') })).toBe('');
    expect(unwrapText(' \n\u00A0\n\t', { lang: 'en', lexicon: testLexicon('en') })).toBe('');
    expect(unwrapSegments([], { lang: 'fr', lexicon: testLexicon('fr'), lines: [] })).toEqual([]);
  });
});
