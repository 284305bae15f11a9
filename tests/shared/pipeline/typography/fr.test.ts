import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestTypography, type TypoContext } from '../../../../shared/pipeline/typography';

const N = '\u202F'; // narrow no-break space ⍽
const B = '\u00A0'; // no-break space ⎵
const fr: TypoContext = { lang: 'fr' };

/** Applies every suggestion, checks the expected text, and that a second run proposes nothing. */
function fixes(input: string, ctx: TypoContext = fr): string {
  const out = applySuggestions(input, suggestTypography(input, ctx));
  expect(suggestTypography(out, ctx)).toEqual([]);
  return out;
}

describe('French rules (Imprimerie nationale), positive rows', () => {
  it.each([
    // TYPOGRAPHY.md, French table, one row per example.
    ['fr-nnbsp-before-double-punct', 'Et maintenant?', `Et maintenant${N}?`],
    ['fr-nbsp-before-colon', 'Objectif : 2030', `Objectif${B}: 2030`],
    ['fr-guillemets', '"Partir"', `«${N}Partir${N}»`],
    ['fr-apostrophe', "aujourd'hui", 'aujourd’hui'],
    ['fr-etc', 'etc...', 'etc.'],
    ['fr-hyphen-as-dash', 'Dakar - Le', 'Dakar – Le'],
    ['fr-thousands', '120000 réfugiés', `120${N}000 réfugiés`],
    ['fr-nbsp-unit', '45 %', `45${B}%`],
    ['fr-nbsp-title', 'Mme Diallo', `Mme${B}Diallo`],
    ['fr-ordinals', '3ème', '3e'],
    ['fr-ordinals', '1ère', '1re'],
    ['fr-accented-capitals', 'Etats membres', 'États membres'],
    ['fr-ligatures', 'oeuvre', 'œuvre'],
    ['fr-compound-hyphen', "c'est à dire", 'c’est-à-dire'],
    // More rows per rule.
    ['fr-nnbsp-before-double-punct', 'Vraiment ?!', `Vraiment${N}?!`],
    ['fr-nnbsp-before-double-punct', 'Vraiment ? !', `Vraiment${N}?!`],
    ['fr-nnbsp-before-double-punct', 'Oui;non', `Oui${N};non`],
    ['fr-nnbsp-before-double-punct', `Quoi${B}?`, `Quoi${N}?`],
    ['fr-nnbsp-before-double-punct', 'à 09:45 ; puis', `à 09:45${N}; puis`],
    ['fr-nbsp-before-colon', 'Contact: presse', `Contact${B}: presse`],
    ['fr-nbsp-before-colon', 'voir www.iom.int : le site', `voir www.iom.int${B}: le site`],
    ['fr-guillemets', 'le programme "Nouveaux départs" associe', `le programme «${N}Nouveaux départs${N}» associe`],
    ['fr-guillemets', 'Il a dit : " Non. "', `Il a dit${B}: «${N}Non.${N}»`],
    ['fr-guillemets', '« Il a dit "non" hier »', `«${N}Il a dit “non” hier${N}»`],
    ['fr-guillemets', '“Partir”, dit-elle.', `«${N}Partir${N}», dit-elle.`],
    ['fr-guillemets-space', '«Partir»', `«${N}Partir${N}»`],
    ['fr-guillemets-space', `«${B}Partir${B}»`, `«${N}Partir${N}»`],
    ['fr-apostrophe', "l'OIM", 'l’OIM'],
    ['fr-apostrophe', "l' OIM", 'l’OIM'],
    ['fr-apostrophe', 'l‘État', 'l’État'],
    ['fr-apostrophe', "Côte d'Ivoire", 'Côte d’Ivoire'],
    ['fr-ellipsis', 'Et puis...', 'Et puis…'],
    ['fr-ellipsis', 'Et puis. . .', 'Et puis…'],
    ['fr-etc', 'tentes, bâches, etc…', 'tentes, bâches, etc.'],
    ['fr-etc', 'tentes, bâches etc.', 'tentes, bâches, etc.'],
    ['fr-hyphen-as-dash', 'DAKAR - Le bureau', 'DAKAR – Le bureau'],
    ['fr-hyphen-as-dash', 'Chine - L’économie', 'Chine – L’économie'],
    ['fr-hyphen-as-dash', 'le camp -- désormais plein -- ferme', 'le camp – désormais plein – ferme'],
    ['fr-thousands', '1 000 000 de personnes', `1${N}000${N}000 de personnes`],
    ['fr-thousands', '1.000.000 de personnes', `1${N}000${N}000 de personnes`],
    ['fr-thousands', '1,000,000 de personnes', `1${N}000${N}000 de personnes`],
    ['fr-thousands', '2 400 migrants', `2${N}400 migrants`],
    ['fr-thousands', '12345,67 euros', `12${N}345,67${B}euros`.replace(`${B}euros`, ' euros')],
    ['fr-nbsp-unit', '45%', `45${B}%`],
    ['fr-nbsp-unit', '3,5 %', `3,5${B}%`],
    ['fr-nbsp-unit', '20°C', `20${B}°C`],
    ['fr-nbsp-unit', '200 USD', `200${B}USD`],
    ['fr-nbsp-unit', '6,8 M€', `6,8${B}M€`],
    ['fr-nbsp-unit', 'à 14 h', `à 14${B}h`],
    ['fr-nbsp-unit', '12 km', `12${B}km`],
    ['fr-nbsp-title', 'M. Sow', `M.${B}Sow`],
    ['fr-nbsp-title', 'MM. Sow et Ba', `MM.${B}Sow et Ba`],
    ['fr-nbsp-title', 'Dr Pierre-Louis', `Dr${B}Pierre-Louis`],
    ['fr-nbsp-title', 'le n° 5', `le n°${B}5`],
    ['fr-nbsp-title', `Mlle${N}Ba`, `Mlle${B}Ba`],
    ['fr-ordinals', '3eme', '3e'],
    ['fr-ordinals', '3è', '3e'],
    ['fr-ordinals', 'XXème siècle', 'XXe siècle'],
    ['fr-ordinals', 'XXIème siècle', 'XXIe siècle'],
    ['fr-ordinals', 'le 2ᵉ rang', 'le 2e rang'],
    ['fr-ordinals', 'les 1ères', 'les 1res'],
    ['fr-ordinals', 'le 1ᵉʳ', 'le 1er'],
    ['fr-abbreviations', 'Mr Diallo', `M.${B}Diallo`],
    ['fr-abbreviations', 'Melle Sow', `Mlle${B}Sow`],
    ['fr-abbreviations', 'le No 5', `le n°${B}5`],
    ['fr-abbreviations', 'le N°5', `le n°${B}5`],
    ['fr-abbreviations', 'soit c-à-d la moitié', 'soit c.-à-d. la moitié'],
    ['fr-abbreviations', 'soit c.à.d. la moitié', 'soit c.-à-d. la moitié'],
    ['fr-accented-capitals', 'l’Etat', 'l’État'],
    ['fr-accented-capitals', 'LES ETATS MEMBRES', 'LES ÉTATS MEMBRES'],
    ['fr-accented-capitals', 'en Egypte', 'en Égypte'],
    ['fr-accented-capitals', 'Egalement, le bureau', 'Également, le bureau'],
    ['fr-accented-capital-a', 'A partir de 2025', 'À partir de 2025'],
    ['fr-accented-capital-a', 'Il part. A la fin', 'Il part. À la fin'],
    ['fr-accented-capital-a', "A l'issue de la réunion", 'À l’issue de la réunion'],
    ['fr-accented-capital-a', 'A Genève, le HCR', 'À Genève, le HCR'],
    ['fr-accented-capital-a', 'A PARTIR DE', 'À PARTIR DE'],
    ['fr-ligatures', 'soeur', 'sœur'],
    ['fr-ligatures', 'Coeur', 'Cœur'],
    ['fr-ligatures', 'OEUVRE', 'ŒUVRE'],
    ['fr-ligatures', 'la main-d’oeuvre', 'la main-d’œuvre'],
    ['fr-ligatures', 'des voeux', 'des vœux'],
    ['fr-ligatures', 'oecuménique', 'œcuménique'],
    ['fr-ligatures', 'manoeuvre', 'manœuvre'],
    ['fr-compound-hyphen', 'au delà de', 'au-delà de'],
    ['fr-compound-hyphen', 'les Etats Unis', 'les États-Unis'],
    ['fr-compound-hyphen', 'la Guinée Bissau', 'la Guinée-Bissau'],
    ['fr-compound-hyphen', 'vingt deux pays', 'vingt-deux pays'],
    ['fr-compound-hyphen', 'Est ce que', 'Est-ce que'],
    ['fr-euphonic-t', 'Y a t il', 'Y a-t-il'],
    ['fr-euphonic-t', "a-t'il", 'a-t-il'],
    ['fr-thousands', 'Plus de 30.000 personnes', `Plus de 30${N}000 personnes`],
    ['fr-abbreviations', 'les no 1 et 2', `les n°${B}1 et 2`],
    ['fr-accented-capital-a', 'A Dakar et à Thiès, les équipes', 'À Dakar et à Thiès, les équipes'],
    ['fr-compound-hyphen', 'Qu’est ce que c’est', 'Qu’est-ce que c’est'],
    ['fr-compound-hyphen', 'rendez vous au delà du week end', 'rendez-vous au-delà du week-end'],
    ['fr-compound-hyphen', 'les ETATS UNIS', 'les ÉTATS-UNIS'],
    ['fr-compound-hyphen', "la main d'oeuvre", 'la main-d’œuvre'],
    ['fr-compound-hyphen', 'Port au Prince, Haïti', 'Port-au-Prince, Haïti'],
    ['fr-compound-hyphen', 'le Haut Commissariat', 'le Haut-Commissariat'],
    ['fr-accented-capital-a', 'A Genève le HCR a dit', 'À Genève le HCR a dit'],
    ['fr-apostrophe', 'l`OIM', 'l’OIM'],
    ['fr-ligatures', 'à contrecoeur', 'à contrecœur'],
    ['fr-ligatures', 'sa belle-soeur', 'sa belle-sœur'],
    ['typo-space-collapse', 'Le  programme', 'Le programme'],
    ['typo-space-trim', ' Le programme. ', 'Le programme.'],
    ['typo-space-before-comma', 'deux pays , trois villes .', 'deux pays, trois villes.'],
    ['typo-space-before-comma', '( voir annexe )', '(voir annexe)'],
    ['typo-space-after-comma', 'deux pays,trois villes', 'deux pays, trois villes'],
    ['typo-space-after-comma', 'fin du projet.Le bureau', 'fin du projet. Le bureau'],
  ])('%s: %j', (ruleId, input, expected) => {
    const s = suggestTypography(input, fr);
    expect(s.map((x) => x.ruleId)).toContain(ruleId);
    expect(fixes(input)).toBe(expected);
  });
});

describe('French rules, negative rows (nothing to suggest)', () => {
  it.each([
    ['url', 'voir https://www.iom.int/fr?x=1;y=2 et http://a.org/b:c'],
    ['bare www', 'sur www.iom.int/fr/news?id=3'],
    ['mailto', 'écrire à mailto:presse@iom.int?subject=Info'],
    ['e-mail', 'courriel : hdupraz@example.org'.replace(' :', `${B}:`)],
    ['handle and hashtag', 'suivez @OIM_fr et #MigrationSûre'],
    ['times', 'de 09:45 à 10:30'],
    ['time with h', 'à 9h45 ou 9 h 45'],
    ['ratio', 'un ratio 3:1'],
    ['decimals', 'soit 3,5 millions et 0,25 point'],
    ['sdg', 'la cible 16.2 des ODD'],
    ['version', 'la version v2.1.3 ou 2.1.3'],
    ['code', 'tapez `a : b ; c` puis <span class="x">x</span>&nbsp;'],
    ['un symbols', 'la résolution S/RES/2417 (2018) et A/HRC/55/L.12'],
    ['isbn', 'ISBN 978-92-9068-123-4'],
    ['phones', 'tél. +221 33 869 62 00, 01 23 45 67 89 ou +41 22 717 91 11'.replace('tél. +', `tél.${B}+`)],
    ['postal code', '17, route des Morillons, CH-1211 Genève 19'],
    ['postal fr', '75007 Paris'],
    ['iso date', 'le 2024-03-12 à Dakar'],
    ['year', 'en 2024 et en 1951'],
    ['year range', 'le plan 2021-2025'],
    ['four digits', '2400 migrants'],
    ['codes', 'le virus COVID-19, la souche H5N1, le n°\u00A012345'],
    ['number + word', '20 millions de personnes le 3 juin'],
    ['correct text', `«${N}Partir${N}», dit-elle${N}; puis${B}: c’est l’État${N}!`],
    ['em dash', 'le camp — désormais plein — ferme'],
    ['list bullet', '- Protection et assistance'],
    ['list bullet lines', 'Programmes\n- Protection\n- Retour'],
    ['peut être', 'Il peut être tard'],
    ['nord est (meaning-dependent)', 'le vent du nord est froid'],
    ['sans papiers (meaning-dependent)', 'voyager sans papiers ni abri'],
    ['names', 'Eric Martin et Aaron Oeste'],
    ['A et B', 'A et B sont des lettres'],
    ['English A', 'A new approach'],
    ['coefficient', 'le coefficient et coexister, coopérer'],
    ['ordinal already', 'le 1er, la 1re, le 2e, la 2nde, XXIe siècle'],
    ['acronyms', 'l’O.N.U. et les É.-U.'],
    ['?! run', `Quoi${N}?!`],
    ['unbalanced quote', 'Il a dit "non et partit'],
    ['coordinates', "à 14°41'34\"N et 17°26'O"],
    ['inches', 'un écran 12"'],
    ['file names', 'voir rapport_final.pdf et data.v2.xlsx'],
    ['domains', 'sur iom.int et un.org'],
    ['nested curly', `«${N}Il a dit “non”${N}»`],
    ['year then elided article', 'En 2024 l’OIM et en 2023 l’UNICEF'],
    ['data', '{"ERROR":"Erreur","MESSAGE":"Message"}'],
    ['wire time stamp', 'ASI 121041 GMT SEP 24'],
    ['c’est ce que', 'c’est ce que nous faisons, le but est ce que vous savez'],
    ['thousand-like comma', 'soit 1,500 point'],
    ['English passage', `Il a dit${B}: «${N}We are ready, aren’t we?${N}»`],
  ])('%s', (_name, input) => {
    expect(suggestTypography(input, fr)).toEqual([]);
  });
});

describe('structure', () => {
  it('does not group digits in contact lines', () => {
    expect(suggestTypography('Boîte postale 12345', { lang: 'fr', block: 'contact' })).toEqual([]);
  });
  it('turns a dateline hyphen into an en dash', () => {
    expect(fixes('DAKAR - Le bureau', { lang: 'fr', block: 'dateline' })).toBe('DAKAR – Le bureau');
  });
  it('turns the dash ending a dateline into an en dash, and only in a dateline', () => {
    expect(fixes('DAKAR, 12 mars 2024 -', { lang: 'fr', block: 'dateline' })).toBe('DAKAR, 12 mars 2024 –');
    expect(suggestTypography('Voir la liste -', fr)).toEqual([]);
  });
  it('keeps a list-item bullet', () => {
    expect(suggestTypography('- Retour et réintégration', { lang: 'fr', block: 'list-item' })).toEqual([]);
  });
  it('gives the two quotes of a pair one group', () => {
    const s = suggestTypography('il dit "non" puis "oui"', fr).filter((x) => x.ruleId === 'fr-guillemets');
    expect(s).toHaveLength(4);
    expect(s[0]?.group).toBe(s[1]?.group);
    expect(s[2]?.group).toBe(s[3]?.group);
    expect(s[0]?.group).not.toBe(s[2]?.group);
  });
  it('explains in the UI language', () => {
    const [s] = suggestTypography('Et maintenant?', { lang: 'fr', ui: 'en' });
    expect(s?.message).toMatch(/Narrow no-break space/u);
  });
});
