// Every example of TYPOGRAPHY.md's French table and of its "Hyphens and dashes" section, and every
// rule's own `examples`: applying all suggestions gives the output, which then yields nothing.
import { describe, expect, it } from 'vitest';
import { applySuggestions, RULES, suggestTypography, type TypoContext, type TypoLang } from '../../../../shared/pipeline/typography';

const N = '\u202F';
const B = '\u00A0';

function roundTrip(input: string, ctx: TypoContext): string {
  const out = applySuggestions(input, suggestTypography(input, ctx));
  expect(suggestTypography(out, ctx)).toEqual([]);
  return out;
}

describe('TYPOGRAPHY.md, French table (default profile)', () => {
  it.each([
    ['before ; ! ?', 'Et maintenant?', `Et maintenant${N}?`],
    ['none between ?!', 'Et maintenant ?!', `Et maintenant${N}?!`],
    ['before :', 'Objectif : 2030', `Objectif${B}: 2030`],
    ['colon in URL', 'voir https://www.iom.int', 'voir https://www.iom.int'],
    ['colon in mailto', 'mailto:presse@iom.int', 'mailto:presse@iom.int'],
    ['colon in time', 'à 09:45', 'à 09:45'],
    ['colon in ratio', 'un ratio 3:1', 'un ratio 3:1'],
    ['colon in code', 'tapez `a: b`', 'tapez `a: b`'],
    ['guillemets', '"Partir"', `«${N}Partir${N}»`],
    ['nested quotes', '"Il a dit "non" hier"'.replace('"non"', '“non”'), `«${N}Il a dit “non” hier${N}»`],
    ['apostrophe', "aujourd'hui", 'aujourd’hui'],
    ['apostrophe in glued text', "l'OIM", 'l’OIM'],
    ['ellipsis', 'Et puis...', 'Et puis…'],
    ['etc.', 'etc...', 'etc.'],
    ['comma before etc.', 'tentes, bâches etc.', 'tentes, bâches, etc.'],
    ['incise / dateline dash', 'Dakar - Le', 'Dakar – Le'],
    ['em dashes left alone', 'le camp — désormais plein — ferme', 'le camp — désormais plein — ferme'],
    ['list bullets', '- Protection', '- Protection'],
    ['year ranges', '2021-2025', '2021-2025'],
    ['ISO dates', '2024-03-12', '2024-03-12'],
    ['thousands', '120000 réfugiés', `120${N}000 réfugiés`],
    ['already separated', '2 400 migrants', `2${N}400 migrants`],
    ['4 digits', '2400 migrants', '2400 migrants'],
    ['never years', 'en 2024', 'en 2024'],
    ['never phones', '+221 33 869 62 00', '+221 33 869 62 00'],
    ['never codes', 'le code 12345', 'le code 12345'],
    ['unit', '45 %', `45${B}%`],
    ['missing unit space', '45%', `45${B}%`],
    ['°C', '20 °C', `20${B}°C`],
    ['€', '300 €', `300${B}€`],
    ['ISO currency', '300 EUR', `300${B}EUR`],
    ['titles', 'Mme Diallo', `Mme${B}Diallo`],
    ['M.', 'M. Diallo', `M.${B}Diallo`],
    ['n°', 'n° 5', `n°${B}5`],
    ['number + word', '20 millions', '20 millions'],
    ['day + month', '3 juin', '3 juin'],
    ['ordinals', '3ème', '3e'],
    ['1ère', '1ère', '1re'],
    ['plain ordinals kept', '1er 1re 1ers 1res 2e 2es XXIe', '1er 1re 1ers 1res 2e 2es XXIe'],
    ['Unicode ᵉ', '2ᵉ', '2e'],
    ['c.-à-d.', 'c-à-d', 'c.-à-d.'],
    ['M. not Mr', 'Mr Diallo', `M.${B}Diallo`],
    ['Mlle not Melle', 'Melle Diallo', `Mlle${B}Diallo`],
    ['accented capitals', 'Etats membres', 'États membres'],
    ['À', 'A partir de demain', 'À partir de demain'],
    ['Égypte', 'Egypte', 'Égypte'],
    ['all caps', 'ETATS', 'ÉTATS'],
    ['never names', 'Eric', 'Eric'],
    ['never English words', 'Education Cannot Wait', 'Education Cannot Wait'],
    ['never A et B', 'A et B', 'A et B'],
    ['ligatures', 'oeuvre', 'œuvre'],
    ['sœur', 'soeur', 'sœur'],
    ['œuvrer', 'oeuvrer', 'œuvrer'],
    ['never coefficient', 'coefficient', 'coefficient'],
    ['never coexister', 'coexister', 'coexister'],
    ['spaces', 'deux  mots , puis( un )', 'deux mots, puis(un)'],
    ['space after , .', 'un,deux.Trois', 'un, deux. Trois'],
    ['not in decimals', '3,5', '3,5'],
    ['not in domains', 'iom.int', 'iom.int'],
    ['not in acronyms', 'O.N.U.', 'O.N.U.'],
    ['trim', '  texte  ', 'texte'],
  ])('%s', (_name, input, expected) => {
    expect(roundTrip(input, { lang: 'fr' })).toBe(expected);
  });
});

describe('TYPOGRAPHY.md, hyphens and dashes', () => {
  it.each([
    ['fr', 'Dakar - Le bureau', 'Dakar – Le bureau'],
    ['fr', 'porte-parole', 'porte-parole'],
    ['fr', 'Guinée-Bissau', 'Guinée-Bissau'],
    ['fr', 'a-t-il', 'a-t-il'],
    ['fr', 'COVID-19', 'COVID-19'],
    ['fr', 'vingt-deux', 'vingt-deux'],
    ['fr', "c'est à dire", 'c’est-à-dire'],
    ['fr', 'peut être', 'peut être'],
    ['fr', 'peut-être', 'peut-être'],
    ['fr', 'appeler le 01-23-45-67-89', 'appeler le 01-23-45-67-89'],
    ['fr', 'entre 2019 - 2023', 'entre 2019 - 2023'],
    ['en', 'porte-parole and COVID-19', 'porte-parole and COVID-19'],
  ] as const)('%s: %s', (lang: TypoLang, input, expected) => {
    expect(roundTrip(input, { lang })).toBe(expected);
  });
});

describe('every rule’s examples hold', () => {
  const rows = RULES.flatMap((r) => (r.examples ?? []).map(([input, output]) => [r.id, r.langs[0] as TypoLang, r.profiles?.[0], input, output] as const));
  it.each(rows)('%s: %j', (id, lang, profile, input, output) => {
    const ctx: TypoContext = profile === undefined ? { lang } : { lang, profile };
    const s = suggestTypography(input, ctx);
    expect(applySuggestions(input, s)).toBe(output);
    if (input !== output) expect(s.map((x) => x.ruleId)).toContain(id);
    expect(suggestTypography(output, ctx)).toEqual([]);
  });
});

describe('every rule is data', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s has an id, languages, a norm and messages', (id, r) => {
    expect(id).toMatch(/^(?:fr|en|es|typo)-[a-z0-9-]+$/u);
    expect(r.langs.length).toBeGreaterThan(0);
    expect(r.norm).not.toBe('');
    for (const ui of ['fr', 'en', 'es'] as const) expect(r.message[ui].length).toBeGreaterThan(5);
    expect(typeof r.safe).toBe('boolean');
  });
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
