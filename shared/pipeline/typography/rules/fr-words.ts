// French words: abbreviations, titles before names, accented capitals, ligatures.
// Lexical rules read curated lists (fr-lexicon.ts) and never guess outside them.
import type { RegexRule, RuleInput } from '../model';
import { A_GRAVE_NEXT, ACCENTED_CAPITALS, LIGATURE_NEVER, LIGATURE_STEMS } from './fr-lexicon';
import { deaccent, opensSentence } from './fr-text';

/** French: M. (not Mr), Mme, Mlle (not Melle), Dr, n° (not No, N°, nº), c.-à-d. */
export const frAbbreviations: RegexRule = {
  id: 'fr-abbreviations',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /Mr|Mel|M(?:me|lle)s?\.|Dr\.|N[°º.o]|nº|no|[cC][-.à]/u.test(t),
  find: /(?<![\p{L}\p{N}.])(?:Mr\.?(?=[ \u00A0\u202F]\p{Lu})|Mrs\.?(?=[ \u00A0\u202F]\p{Lu})|(?:Mmes?|Mlles?|Dr)\.(?=[ \u00A0\u202F]\p{Lu})|Melles?(?![\p{L}\p{N}])|(?:N°|Nº|nº|No\.?|no\.?|N\.)(?=[ \u00A0\u202F]?\d)|[cC](?:-à-d|\.à\.d|\.a\.d|-a-d|\.-a-d|\.-à-d|àd)\.?(?![\p{L}\p{N}]))/gu,
  fix: (m, { text }) => {
    const w = m[0];
    if (w.startsWith('Mrs')) return 'Mme';
    if (w.startsWith('Mr')) return 'M.';
    if (w.startsWith('Melle')) return w.replace('Melle', 'Mlle');
    if (/^(?:Mmes?|Mlles?|Dr)\.$/u.test(w)) return w.slice(0, -1);
    if (/^[cC]/u.test(w)) return `${w[0] as string}.-à-d.`;
    // Lowercase n° inside a sentence, after a lowercase word (le n° 5); elsewhere (a sentence start,
    // a heading, after a title) N° keeps its capital.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/(?<![\p{L}\p{N}.])\p{Ll}+[ \u00A0\u202F]$/u.test(before)) return 'n°';
    return w.startsWith('N') ? (w === 'N°' ? null : 'N°') : 'n°';
  },
  message: {
    fr: 'Abréviation française\u00A0: M., Mme, Mlle, n°, c.-à-d.',
    en: 'French abbreviation: M., Mme, Mlle, n°, c.-à-d.',
    es: 'Abreviatura francesa: M., Mme, Mlle, n°, c.-à-d.',
  },
  examples: [
    ['Mr Diallo', 'M.\u00A0Diallo'],
    ['Melle Sow', 'Mlle\u00A0Sow'],
    ['le No 5', 'le n°\u00A05'],
    ['c-à-d', 'c.-à-d.'],
  ],
};

/** French: a no-break space after M. MM. Mme Mmes Mlle Dr Pr Me and n° before a name or number. */
export const frTitleSpace: RegexRule = {
  id: 'fr-nbsp-title',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: true,
  when: (t) => /M[Mm.le]|n°|N°|Dr|Pr/u.test(t),
  find: /(?<![\p{L}\p{N}.])(?:(?:n°|N°)[ \t\u202F]*(?=\d)|MM?\.[ \t\u202F]+(?=[\p{Lu}\d])|(?:Mmes?|Mlles?|Drs?|Pr|Me)[ \t\u202F]+(?=\p{Lu}))/gu,
  fix: (m, { env }) => m[0].replace(/[ \t\u202F]*$/u, env.nbsp),
  message: {
    fr: 'Espace insécable après M., Mme, Dr, n°…',
    en: 'No-break space after M., Mme, Dr, n° in French',
    es: 'Espacio de no separación después de M., Mme, Dr, n° en francés',
  },
  examples: [
    ['Mme Diallo', 'Mme\u00A0Diallo'],
    ['M. Sow', 'M.\u00A0Sow'],
    ['n° 5', 'n°\u00A05'],
  ],
};

const CAPITALS = new Map<string, string>();
for (const w of ACCENTED_CAPITALS) {
  const rest = w.slice(1);
  for (const key of [deaccent(w[0] as string) + rest, deaccent(w)]) {
    if (key !== w) CAPITALS.set(key, w);
    if (key.toUpperCase() !== w.toUpperCase()) CAPITALS.set(key.toUpperCase(), w.toUpperCase());
  }
}
/** English words next to which a capitalised word is English (Education Cannot Wait, Evaluation Office). */
const EN_NEIGHBOURS = new Set(['the', 'of', 'and', 'for', 'to', 'in', 'on', 'with', 'by', 'at', 'cannot', 'can', 'will', 'is', 'are', 'office', 'fund', 'unit', 'program', 'department', 'board', 'team', 'policy', 'report', 'network', 'center', 'centre', 'week', 'day', 'matters', 'first', 'now', 'watch']);

const wordAround = (text: string, from: number, dir: 1 | -1): string => {
  let i = from;
  while (i >= 0 && i < text.length && text[i] === ' ') i += dir;
  let j = i;
  while (j >= 0 && j < text.length && /\p{L}/u.test(text[j] as string)) j += dir;
  return (dir === 1 ? text.slice(i, j) : text.slice(j + 1, i + 1)).toLowerCase();
};

/** French: accents on capitals (État, Égypte, ÉTATS); a curated list, never names or English words. */
export const frAccentedCapitals: RegexRule = {
  id: 'fr-accented-capitals',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  when: (t) => t.includes('E'),
  find: /E(?<![\p{L}\p{N}]E)\p{L}+/gu,
  fix: (m, { text }) => {
    const to = CAPITALS.get(m[0]);
    if (to === undefined) return null;
    const end = m.index + m[0].length;
    if (EN_NEIGHBOURS.has(wordAround(text, end, 1)) || EN_NEIGHBOURS.has(wordAround(text, m.index - 1, -1))) return null;
    return to;
  },
  message: {
    fr: 'Les capitales prennent l’accent\u00A0: État, Égypte',
    en: 'French capitals keep their accents: État, Égypte',
    es: 'Las mayúsculas francesas llevan tilde: État, Égypte',
  },
  examples: [
    ['Etats membres', 'États membres'],
    ['l’Etat', 'l’État'],
    ['LES ETATS', 'LES ÉTATS'],
    ['Eric Martin', 'Eric Martin'],
  ],
};


/** French: the preposition A opening a sentence is À (A partir de → À partir de); never "A et B". */
export const frCapitalAGrave: RegexRule = {
  id: 'fr-accented-capital-a',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  when: (t) => t.includes('A '),
  find: /A(?<![\p{L}\p{N}’'.-]A)(?= \p{L})/gu,
  fix: (m, { text }: RuleInput) => {
    if (!opensSentence(text, m.index)) return null;
    const rest = text.slice(m.index + 2, m.index + 60);
    const word = /^\p{L}[\p{L}-]*/u.exec(rest)?.[0] ?? '';
    if (/^[lLdD]['’]\p{L}/u.test(rest)) return 'À';
    if (A_GRAVE_NEXT.has(word.toLowerCase()) && (word === word.toLowerCase() || word === word.toUpperCase())) return 'À';
    // A place followed by a comma or by another place: "A Genève, le ministre…", "A Dakar et à Thiès".
    if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:,| et (?:à|au|aux|en) | (?:le|la|les|l’|l'|un|une|des|ce|cette|ces|on|il|elle|ils|elles|nous) )/u.test(rest)) return 'À';
    return null;
  },
  message: {
    fr: 'La préposition à prend l’accent en capitale\u00A0: À',
    en: 'The French preposition à keeps its accent as a capital: À',
    es: 'La preposición francesa à lleva acento en mayúscula: À',
  },
  examples: [
    ['A partir de 2025', 'À partir de 2025'],
    ['A Genève, le HCR', 'À Genève, le HCR'],
    ['A et B', 'A et B'],
  ],
};

const STEMS = LIGATURE_STEMS.map((stem) => {
  const at = Math.max(stem.indexOf('œ'), stem.indexOf('æ'));
  return { ascii: stem.replace('œ', 'oe').replace('æ', 'ae'), at, lig: stem[at] as string };
});

/** French: œ and æ where the word requires them (œuvre, sœur); never coefficient, coexister, names. */
export const frLigatures: RegexRule = {
  id: 'fr-ligatures',
  langs: ['fr'],
  norm: 'Imprimerie nationale',
  safe: false,
  when: (t) => /[oOaA][eE]/u.test(t),
  find: /(?<!\p{L})\p{L}*?(?:[oO][eE]|[aA][eE])\p{L}*/gu,
  fix: (m) => {
    const w = m[0];
    const lower = w.toLowerCase();
    if (LIGATURE_NEVER.some((n) => lower.startsWith(n))) return null;
    // A proper name (capital inside, or a capitalised word not in the stems) is left alone by the stem check.
    const hit = STEMS.find((s) => lower.startsWith(s.ascii));
    if (hit === undefined) return null;
    const upper = w[hit.at] === (w[hit.at] as string).toUpperCase();
    const lig = upper ? hit.lig.toUpperCase() : hit.lig;
    return w.slice(0, hit.at) + lig + w.slice(hit.at + 2);
  },
  message: {
    fr: 'Ligature œ ou æ\u00A0: œuvre, sœur',
    en: 'French ligature œ or æ: œuvre, sœur',
    es: 'Ligadura francesa œ o æ: œuvre, sœur',
  },
  examples: [
    ['oeuvre', 'œuvre'],
    ['soeur', 'sœur'],
    ['main-d’oeuvre', 'main-d’œuvre'],
    ['coefficient', 'coefficient'],
  ],
};
