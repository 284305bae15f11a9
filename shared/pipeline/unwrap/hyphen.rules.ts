// What to do with a hyphen at the end of a line: the dehyphenation cascade of TYPOGRAPHY.md
// ("Undoing line-end hyphens") as data. Each rule has a stable id, the languages it serves, a
// one-line explanation in fr/en/es and examples; tests are tables keyed by these ids. The first
// rule that holds decides.
import type { Language } from '../../domain';

type Message = Readonly<Record<Language, string>>;
const ALL: readonly Language[] = ['fr', 'en', 'es'];

/** What a line-end hyphen rule can see. Lexicon facts are computed only when a rule asks. */
export interface HyphenCase {
  lang: Language;
  /** The left line, up to and without its final hyphen (or soft hyphen). */
  left: string;
  /** The right line, leading indentation removed. */
  right: string;
  /** The line-end character: `-`, U+2010 or U+00AD. */
  mark: string;
  /** The character before the mark ('' when the line is only the mark). */
  before: string;
  /** The word run before the mark (letters, apostrophes, inner hyphens) and its last part. */
  leftWord: string;
  leftPart: string;
  /** The word run that opens the right line and its first part. */
  rightWord: string;
  rightPart: string;
  /** The last and first whitespace-free tokens around the break (for URLs and addresses). */
  leftToken: string;
  rightToken: string;
  /** The hyphenated / joined form is written elsewhere in the same document (not at a line end). */
  readonly hyphenatedInText: boolean;
  readonly joinedInText: boolean;
  readonly hyphenatedKnown: boolean;
  readonly joinedKnown: boolean;
  readonly leftIsWord: boolean;
  readonly rightIsWord: boolean;
}

/** keep: `a-b`; join: `ab`; space: `a- b` (a dash or bullet, left as is); one-hyphen: `-⏎-` → `a-b`. */
export type HyphenOutcome = 'keep' | 'join' | 'space' | 'one-hyphen';

export interface HyphenRule {
  id: string;
  langs: readonly Language[];
  test: (c: HyphenCase) => boolean;
  outcome: HyphenOutcome;
  /** Flagged for review instead of guessed silently (both or neither form known). */
  doubtful: boolean;
  message: Message;
  examples: readonly (readonly [string, string])[];
}

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’-]{2,}$/u;
/** A URL, a bare `www.` address, a domain path or an e-mail address. */
const ADDRESS = /:\/\/|^www\.|@|^[\w-]+(?:\.[\w-]+)+\/|\.(?:org|com|int|net|gov|edu)\b/iu;
/** Greek/Latin combining forms of gentilic and learned compounds: `colombo-`, `franco-`, `socio-`. */
const COMBINING_FORM = /\p{L}{2,}o$/u;

/**
 * Prefixes that French and English join to a word with a hyphen (`pre-departure`, `sous-région`,
 * `ex-combattants`). Spanish writes its prefixes closed (RAE, Ortografía 2010), so none there.
 */
export const HYPHEN_PREFIXES: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(['ex', 'anti', 'néo', 'non', 'post', 'pré', 'sous', 'vice', 'semi', 'mi', 'demi', 'quasi', 'co', 'contre', 'avant', 'après', 'arrière', 'auto', 'extra', 'inter', 'intra', 'multi', 'pluri', 'socio', 'trans', 'ultra', 'micro', 'macro', 'mini', 'péri', 'pro', 'sur']),
  en: new Set(['pre', 'post', 'non', 'co', 'anti', 'self', 'ex', 'multi', 'inter', 'intra', 'semi', 'mid', 'sub', 'counter', 'cross', 'well', 'pro', 'neo', 'quasi', 'ultra', 'trans', 'socio', 'macro', 'micro', 'all', 'half']),
  es: new Set(),
};

/** French subject pronouns after the euphonic t of an inversion (`a-t-⏎elle`, `va-t-⏎il`). */
const EUPHONIC_T_PRONOUN = /^(?:il|elle|on|ils|elles)$/iu;

/** A compound of two parts the lexicon lacks: both words, or a prefix / combining form and a word. */
function compoundParts(c: HyphenCase): boolean {
  if (!c.rightIsWord) return false;
  // Spanish hyphenates only pairs of adjectives (`colombo-venezolana`, `teórico-práctico`).
  if (c.lang === 'es') return COMBINING_FORM.test(c.leftPart) && c.rightPart.length >= 4;
  return c.leftIsWord || COMBINING_FORM.test(c.leftPart) || HYPHEN_PREFIXES[c.lang].has(c.leftPart.toLowerCase());
}

/** The dehyphenation cascade, in order. */
export const HYPHEN_RULES: readonly HyphenRule[] = [
  {
    id: 'unwrap-soft-hyphen',
    langs: ALL,
    test: (c) => c.mark === '\u00AD',
    outcome: 'join',
    doubtful: false,
    message: { fr: 'Césure invisible en fin de ligne : mot recollé', en: 'Soft hyphen at line end: word joined', es: 'Guion blando a final de línea: palabra unida' },
    examples: [['coordi\u00AD⏎nation', 'coordination']],
  },
  {
    id: 'unwrap-dash',
    langs: ALL,
    test: (c) => c.before === '' || !/[\p{L}\p{M}\p{Nd}]/u.test(c.before),
    outcome: 'space',
    doubtful: false,
    message: { fr: 'Tiret isolé : tiret ou puce, laissé tel quel', en: 'Hyphen after a space: a dash or bullet, left as is', es: 'Guion tras un espacio: raya o viñeta, se deja' },
    examples: [['Dakar -⏎Le', 'Dakar - Le']],
  },
  {
    id: 'unwrap-es-double-hyphen',
    langs: ['es'],
    test: (c) => /^-\p{L}/u.test(c.right),
    outcome: 'one-hyphen',
    doubtful: false,
    message: { fr: 'Trait d’union répété à la ligne (usage espagnol) : un seul gardé', en: 'Hyphen repeated on the next line (Spanish usage): one kept', es: 'Guion repetido en la línea siguiente (RAE): se deja uno' },
    examples: [['franco-⏎-alemán', 'franco-alemán']],
  },
  {
    id: 'unwrap-keep-address',
    langs: ALL,
    test: (c) => ADDRESS.test(c.leftToken) || ADDRESS.test(c.rightToken),
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'Adresse web ou courriel : trait d’union gardé', en: 'URL or e-mail address: hyphen kept', es: 'Dirección web o de correo: guion conservado' },
    examples: [['https://www.iom.int/news/migrants-⏎return', 'https://www.iom.int/news/migrants-return']],
  },
  {
    id: 'unwrap-keep-digit',
    langs: ALL,
    test: (c) => DIGIT.test(c.before) || DIGIT.test(c.right.charAt(0)),
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'Chiffre contre le trait d’union : gardé', en: 'Digit next to the hyphen: kept', es: 'Cifra junto al guion: conservado' },
    examples: [['2019-⏎2020', '2019-2020'], ['COVID-⏎19', 'COVID-19']],
  },
  {
    id: 'unwrap-keep-nonletter',
    langs: ALL,
    test: (c) => !LETTER.test(c.right),
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'La ligne suivante ne commence pas par une lettre : trait d’union gardé', en: 'Next line does not start with a letter: hyphen kept', es: 'La línea siguiente no empieza por una letra: guion conservado' },
    examples: [['anti-⏎(', 'anti-(']],
  },
  {
    id: 'unwrap-capital-next',
    // Words in capitals on both sides (a headline in caps) are left to the lexicon.
    langs: ALL,
    test: (c) => UPPER.test(c.right) && !(ALL_CAPS.test(c.leftPart) && ALL_CAPS.test(c.rightPart)),
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'Majuscule après la coupure : composé gardé', en: 'Capital after the break: compound kept', es: 'Mayúscula tras el corte: compuesto conservado' },
    examples: [['Pays-⏎Bas', 'Pays-Bas'], ['Nord-⏎Kivu', 'Nord-Kivu']],
  },
  {
    id: 'unwrap-fr-euphonic-t',
    langs: ['fr'],
    test: (c) => /(?:^|[-\u2010])t$/iu.test(c.leftWord) && EUPHONIC_T_PRONOUN.test(c.rightWord),
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'Inversion du sujet avec t euphonique : traits d’union gardés', en: 'French inversion with euphonic t: hyphens kept', es: 'Inversión francesa con t eufónica: guiones conservados' },
    examples: [['a-t-⏎elle déclaré', 'a-t-elle déclaré']],
  },
  {
    id: 'unwrap-text-hyphenated',
    // The document's own spelling is the best evidence: it writes the compound elsewhere.
    langs: ALL,
    test: (c) => c.hyphenatedInText && !c.joinedInText,
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'Le texte écrit ailleurs la forme à trait d’union : gardé', en: 'The text spells it with a hyphen elsewhere: kept', es: 'El texto lo escribe con guion en otro lugar: conservado' },
    examples: [['a follow-⏎up session … the follow-up', 'a follow-up session']],
  },
  {
    id: 'unwrap-text-joined',
    langs: ALL,
    test: (c) => c.joinedInText && !c.hyphenatedInText,
    outcome: 'join',
    doubtful: false,
    message: { fr: 'Le texte écrit ailleurs le mot entier : coupure retirée', en: 'The text spells the whole word elsewhere: break removed', es: 'El texto escribe la palabra entera en otro lugar: corte eliminado' },
    examples: [['Dirk-⏎ou … Dirkou', 'Dirkou']],
  },
  {
    id: 'unwrap-lexicon-both',
    langs: ALL,
    test: (c) => c.hyphenatedKnown && c.joinedKnown,
    outcome: 'keep',
    doubtful: true,
    message: { fr: 'Les deux graphies existent : trait d’union gardé, à vérifier', en: 'Both spellings exist: hyphen kept, to check', es: 'Existen ambas grafías: guion conservado, a revisar' },
    examples: [['e-⏎mail', 'e-mail']],
  },
  {
    id: 'unwrap-lexicon-hyphenated',
    langs: ALL,
    test: (c) => c.hyphenatedKnown,
    outcome: 'keep',
    doubtful: false,
    message: { fr: 'Mot composé connu : trait d’union gardé', en: 'Known compound: hyphen kept', es: 'Compuesto conocido: guion conservado' },
    examples: [['porte-⏎parole', 'porte-parole'], ['main-⏎d’œuvre', 'main-d’œuvre']],
  },
  {
    id: 'unwrap-lexicon-joined',
    langs: ALL,
    test: (c) => c.joinedKnown,
    outcome: 'join',
    doubtful: false,
    message: { fr: 'Mot connu une fois recollé : coupure retirée', en: 'Known word once joined: break removed', es: 'Palabra conocida al unirla: corte eliminado' },
    examples: [['coordi-⏎nation', 'coordination'], ['increas-⏎ingly', 'increasingly'], ['metodo-⏎logía', 'metodología']],
  },
  {
    id: 'unwrap-compound-parts',
    // Neither form is known, but both halves are words (or a combining form and a word): a
    // compound the lexicon lacks (`cross-border`, `colombo-venezolana`).
    langs: ALL,
    test: compoundParts,
    outcome: 'keep',
    doubtful: true,
    message: { fr: 'Deux mots de part et d’autre : trait d’union gardé, à vérifier', en: 'A word on each side: hyphen kept, to check', es: 'Una palabra a cada lado: guion conservado, a revisar' },
    examples: [['cross-⏎border', 'cross-border'], ['pre-⏎departure', 'pre-departure'], ['colombo-⏎venezolana', 'colombo-venezolana']],
  },
  {
    id: 'unwrap-left-not-word',
    langs: ALL,
    test: (c) => !c.leftIsWord,
    outcome: 'join',
    doubtful: true,
    message: { fr: 'Le début n’est pas un mot : coupure retirée, à vérifier', en: 'The first part is not a word: break removed, to check', es: 'La primera parte no es una palabra: corte eliminado, a revisar' },
    examples: [['Kaborakou-⏎ville', 'Kaborakouville']],
  },
  {
    // A Spanish compound broken at its hyphen repeats it on the next line (RAE): a single
    // line-end hyphen breaks a word.
    id: 'unwrap-es-word-break',
    langs: ['es'],
    test: () => true,
    outcome: 'join',
    doubtful: true,
    message: { fr: 'Espagnol : un seul trait d’union en fin de ligne coupe un mot, à vérifier', en: 'Spanish: a single line-end hyphen breaks a word, to check', es: 'Un solo guion a final de línea corta una palabra (RAE), a revisar' },
    examples: [['con-⏎validación', 'convalidación']],
  },
  {
    id: 'unwrap-left-word',
    langs: ['fr', 'en'],
    test: () => true,
    outcome: 'keep',
    doubtful: true,
    message: { fr: 'Le début est un mot : trait d’union gardé, à vérifier', en: 'The first part is a word: hyphen kept, to check', es: 'La primera parte es una palabra: guion conservado, a revisar' },
    examples: [['extra-⏎muros', 'extra-muros']],
  },
];

/** Elided articles and pronouns glued to a word by an apostrophe (`l’`, `qu’`, `jusqu’`): stripped before a lookup. */
export const ELISION: Readonly<Record<Language, RegExp | null>> = {
  fr: /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu,
  en: null,
  es: null,
};

/** Rule id of an ordinary wrap (joined with one space). */
export const WRAP_RULE = 'unwrap-wrap';
