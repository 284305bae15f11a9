// The dehyphenation cascade (TYPOGRAPHY.md, "Undoing line-end hyphens"): one table row per rule
// id, with the negatives that must not fire it. `⏎` marks the line break.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/domain';
import { HYPHEN_RULES, joinLines, NO_LEXICON, textWords, WRAP_RULE } from '../../../../shared/pipeline/unwrap';
import { testLexicon } from './lexicons';

type Row = [rule: string, lang: Language, input: string, output: string, doubtful: boolean];

const ROWS: Row[] = [
  ['unwrap-soft-hyphen', 'fr', 'la coordi\u00AD⏎nation', 'la coordination', false],
  ['unwrap-soft-hyphen', 'en', 'Porte\u00AD⏎Parole', 'PorteParole', false],
  ['unwrap-dash', 'fr', 'Dakar -⏎Le texte', 'Dakar - Le texte', false],
  ['unwrap-dash', 'fr', 'liste :⏎-⏎suite', 'liste : - suite', false],
  ['unwrap-dash', 'en', 'the camp --⏎now', 'the camp -- now', false],
  ['unwrap-es-double-hyphen', 'es', 'acuerdo franco-⏎-alemán', 'acuerdo franco-alemán', false],
  ['unwrap-keep-address', 'fr', 'voir https://www.iom.int/fr/news/migrants-⏎return', 'voir https://www.iom.int/fr/news/migrants-return', false],
  ['unwrap-keep-address', 'fr', 'écrire à jean-⏎pierre@example.org', 'écrire à jean-pierre@example.org', false],
  ['unwrap-keep-address', 'en', 'see www.migration-⏎data.org', 'see www.migration-data.org', false],
  ['unwrap-keep-digit', 'fr', 'en 2019-⏎2020', 'en 2019-2020', false],
  ['unwrap-keep-digit', 'en', 'the COVID-⏎19 pandemic', 'the COVID-19 pandemic', false],
  ['unwrap-keep-digit', 'es', 'la ruta A-⏎4', 'la ruta A-4', false],
  ['unwrap-keep-nonletter', 'fr', 'les mots pré-⏎(ou post-)', 'les mots pré-(ou post-)', false],
  ['unwrap-capital-next', 'fr', 'des Pays-⏎Bas', 'des Pays-Bas', false],
  ['unwrap-capital-next', 'fr', 'au Nord-⏎Kivu', 'au Nord-Kivu', false],
  ['unwrap-capital-next', 'en', 'Fatoumata Jallow-⏎Ceesay', 'Fatoumata Jallow-Ceesay', false],
  ['unwrap-capital-next', 'fr', 'le Haut-⏎Commissariat', 'le Haut-Commissariat', false],
  ['unwrap-fr-euphonic-t', 'fr', '», a-t-⏎elle déclaré', '», a-t-elle déclaré', false],
  ['unwrap-fr-euphonic-t', 'fr', 'y a-t-⏎il', 'y a-t-il', false],
  ['unwrap-text-hyphenated', 'en', 'a follow-⏎up session ¦ The follow-up visit is planned.', 'a follow-up session', false],
  ['unwrap-text-hyphenated', 'es', 'la frontera colombo-⏎venezolana ¦ Frontera colombo-venezolana: informe', 'la frontera colombo-venezolana', false],
  ['unwrap-text-joined', 'fr', 'autour de Dir-⏎kou ¦ Les équipes de Dirkou et d’Arlit', 'autour de Dirkou', false],
  ['unwrap-text-joined', 'fr', 'de l’organi-⏎sation ¦ L’organisation', 'de l’organisation', false],
  ['unwrap-lexicon-both', 'en', 'by e-⏎mail', 'by e-mail', true],
  ['unwrap-lexicon-hyphenated', 'fr', 'le porte-⏎parole', 'le porte-parole', false],
  ['unwrap-lexicon-hyphenated', 'fr', 'de main-⏎d’œuvre', 'de main-d’œuvre', false],
  ['unwrap-lexicon-hyphenated', 'fr', "de main-⏎d'œuvre", "de main-d'œuvre", false],
  ['unwrap-lexicon-hyphenated', 'fr', 'vers le nord-⏎est', 'vers le nord-est', false],
  ['unwrap-lexicon-hyphenated', 'fr', 'véhicules tout-⏎terrain', 'véhicules tout-terrain', false],
  ['unwrap-lexicon-hyphenated', 'en', 'their well-⏎being', 'their well-being', false],
  ['unwrap-lexicon-joined', 'fr', 'la coordi-⏎nation', 'la coordination', false],
  ['unwrap-lexicon-joined', 'fr', 'plu-⏎sieurs jours', 'plusieurs jours', false],
  ['unwrap-lexicon-joined', 'fr', 'de l’organi-⏎sation', 'de l’organisation', false],
  ['unwrap-lexicon-joined', 'fr', 'Coordi-⏎nation régionale', 'Coordination régionale', false],
  ['unwrap-lexicon-joined', 'fr', 'LA COORDI-⏎NATION', 'LA COORDINATION', false],
  ['unwrap-lexicon-joined', 'en', 'route increas-⏎ingly recruit', 'route increasingly recruit', false],
  ['unwrap-lexicon-joined', 'en', 'training on in-⏎vestigating', 'training on investigating', false],
  ['unwrap-lexicon-joined', 'es', 'La metodo-⏎logía', 'La metodología', false],
  ['unwrap-lexicon-joined', 'es', 'principal-⏎mente Perú', 'principalmente Perú', false],
  ['unwrap-compound-parts', 'en', 'and cross-⏎border cooperation', 'and cross-border cooperation', true],
  ['unwrap-compound-parts', 'es', 'la frontera colombo-⏎venezolana', 'la frontera colombo-venezolana', true],
  ['unwrap-compound-parts', 'en', 'a pre-⏎departure briefing', 'a pre-departure briefing', true],
  ['unwrap-es-word-break', 'es', 'la con-⏎validación de títulos', 'la convalidación de títulos', true],
  ['unwrap-es-word-break', 'es', 'el monito-⏎reo de flujos', 'el monitoreo de flujos', true],
  ['unwrap-left-not-word', 'fr', 'un soutien psy-⏎chosocial', 'un soutien psychosocial', true],
  ['unwrap-left-word', 'fr', 'les quartiers extra-⏎muros', 'les quartiers extra-muros', true],
];

/** `a-⏎b ¦ other text`: the lines to join, then other lines of the same document. */
function run(lang: Language, input: string) {
  const [joined = '', ...others] = input.split(' ¦ ');
  const lines = joined.split('⏎');
  return joinLines(lines, { lang, lexicon: testLexicon(lang), seen: textWords([...lines, ...others]) });
}

describe('dehyphenation cascade', () => {
  it.each(ROWS)('%s (%s): %s', (rule, lang, input, output, doubtful) => {
    const { text, joins } = run(lang, input);
    expect(text).toBe(output);
    const hyphenJoins = joins.filter((j) => j.rule !== WRAP_RULE);
    expect(hyphenJoins.map((j) => j.rule)).toContain(rule);
    expect(hyphenJoins.find((j) => j.rule === rule)?.doubtful).toBe(doubtful);
  });

  it('has a row for every rule of the cascade', () => {
    const tested = new Set(ROWS.map((r) => r[0]));
    expect(HYPHEN_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it('every rule explains itself in French, English and Spanish', () => {
    for (const r of HYPHEN_RULES) for (const lang of ['fr', 'en', 'es'] as const) expect(r.message[lang]).not.toBe('');
  });
});

describe('negatives', () => {
  it.each([
    // The Spanish double hyphen is Spanish usage only.
    ['fr', 'franco-⏎-allemand', 'unwrap-keep-nonletter'],
    // A capitalised fragment after a URL stays a URL.
    ['en', 'https://example.org/IOM-⏎Report', 'unwrap-keep-address'],
    // A digit wins over the lexicon: `coordination-2024` is not joined.
    ['fr', 'coordi-⏎2024', 'unwrap-keep-digit'],
    // A bullet line: the hyphen is after a space.
    ['fr', 'Objectifs -⏎réduire', 'unwrap-dash'],
    // Two capitalised halves are a proper-noun compound, never joined.
    ['fr', 'Guinée-⏎Bissau', 'unwrap-capital-next'],
    // `nouvel-⏎le` is no inversion: only a t between hyphens is euphonic.
    ['fr', 'la nouvel-⏎le', 'unwrap-lexicon-joined'],
    // The same fragments side by side are no evidence: `follow up` is not `follow-up` (and the
    // American lexicon, which lists no hyphenated word, knows only `followup`).
    ['en', 'a follow-⏎up ¦ to follow up', 'unwrap-lexicon-joined'],
    // Both spellings in the text: the lexicon decides.
    ['en', 'by e-⏎mail ¦ e-mail or email', 'unwrap-lexicon-both'],
    // A Spanish combining form before a short word is no gentilic pair.
    ['es', 'el monito-⏎reo', 'unwrap-es-word-break'],
  ] as const)('%s %s → %s', (lang, input, rule) => {
    const { joins } = run(lang, input);
    expect(joins[0]?.rule).toBe(rule);
  });

  it('an ordinary wrap is one space, and a no-break space at the end is kept as the space', () => {
    expect(run('fr', 'le programme⏎suivant')).toEqual({ text: 'le programme suivant', joins: [{ kind: 'space', rule: WRAP_RULE, doubtful: false }] });
    expect(run('fr', 'le programme «\u00A0⏎Nouveaux départs\u00A0»').text).toBe('le programme «\u00A0Nouveaux départs\u00A0»');
  });

  it('en and em dashes at a line end are dashes: joined with a space', () => {
    expect(run('fr', 'NIAMEY —⏎Face à').text).toBe('NIAMEY — Face à');
    expect(run('fr', 'Dakar –⏎Le').text).toBe('Dakar – Le');
  });

  it('without a lexicon every hyphenated break is a doubtful guess', () => {
    const { text, joins } = joinLines(['la coordi-', 'nation'], { lang: 'fr', lexicon: NO_LEXICON });
    expect(text).toBe('la coordination');
    expect(joins[0]).toEqual({ kind: 'hyphen-removed', rule: 'unwrap-left-not-word', doubtful: true });
  });
});
