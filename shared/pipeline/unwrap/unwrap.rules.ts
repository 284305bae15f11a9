// The unwrap stage's rules as data: where a paragraph ends (break rules) and what to do with a
// hyphen at the end of a line (the dehyphenation cascade of TYPOGRAPHY.md, "Undoing line-end
// hyphens"). Each rule has a stable id, the languages it serves, a one-line explanation in
// fr/en/es and examples; tests are tables keyed by these ids. The first rule that holds decides.
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
    test: (c) => c.rightIsWord && (c.leftIsWord || COMBINING_FORM.test(c.leftPart)),
    outcome: 'keep',
    doubtful: true,
    message: { fr: 'Deux mots de part et d’autre : trait d’union gardé, à vérifier', en: 'A word on each side: hyphen kept, to check', es: 'Una palabra a cada lado: guion conservado, a revisar' },
    examples: [['cross-⏎border', 'cross-border']],
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
    id: 'unwrap-left-word',
    langs: ALL,
    test: () => true,
    outcome: 'keep',
    doubtful: true,
    message: { fr: 'Le début est un mot : trait d’union gardé, à vérifier', en: 'The first part is a word: hyphen kept, to check', es: 'La primera parte es una palabra: guion conservado, a revisar' },
    examples: [['anti-⏎tráfico', 'anti-tráfico']],
  },
];

/** Elided articles and pronouns glued to a word by an apostrophe (`l’`, `qu’`, `jusqu’`): stripped before a lookup. */
export const ELISION: Readonly<Record<Language, RegExp | null>> = {
  fr: /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu,
  en: null,
  es: null,
};

/** A list marker at the start of a line, with the space after it: `- `, `• `, `* `, `1. `, `1) `, `a) `. */
export const LIST_MARKER = /^(?:([-•*·▪●◦‣■►➢✓])|(\d{1,3}[.)]|\(?[a-z]\)|\(\d{1,3}\)))[ \t\u00A0]+(?=\S)/u;

/** Punctuation that ends a paragraph when the text has no blank lines (corpus README). */
export const END_PUNCTUATION = /[.!?:…»"”][)\]]?$/u;

/** A line ending like this goes on (a list or an enumeration), never a subheading. */
export const CONTINUES = /[,;\-\u2010\u00AD]$/u;

/** Tuning of the layout analysis (ratios of the text's wrap width). */
export const LAYOUT = {
  /** A text whose long lines exceed this was not hard-wrapped: one paragraph per line. */
  unwrappedWidth: 150,
  /** A line longer than this share of the wrap width was not wrapped at it. */
  overlong: 1.3,
  /** A standalone line shorter than this share of the wrap width is a subheading. */
  shortLine: 0.7,
  /** Which line length stands for the wrap width (a high percentile ignores stray long lines). */
  widthPercentile: 0.9,
  /** Lines longer than this multiple of the third quartile are outliers for the wrap width. */
  outlier: 1.3,
} as const;

/** Why a paragraph ended between two lines (rule ids of the break decision). */
export const BREAK_RULES = {
  'unwrap-blank-line': { fr: 'Ligne vide : fin de paragraphe', en: 'Blank line: end of paragraph', es: 'Línea vacía: fin de párrafo' },
  'unwrap-hint': { fr: 'Titre ou élément de liste du document', en: 'Heading or list item of the document', es: 'Título o elemento de lista del documento' },
  'unwrap-list-marker': { fr: 'Puce ou numéro en début de ligne', en: 'Bullet or number at line start', es: 'Viñeta o número al inicio de línea' },
  'unwrap-list-end': { fr: 'Retour à la marge après un élément de liste', en: 'Back to the margin after a list item', es: 'Vuelta al margen tras un elemento de lista' },
  'unwrap-one-per-line': { fr: 'Texte non coupé : un paragraphe par ligne', en: 'Unwrapped text: one paragraph per line', es: 'Texto sin cortes: un párrafo por línea' },
  'unwrap-end-punctuation': { fr: 'Ponctuation finale, sans lignes vides', en: 'Final punctuation, no blank lines', es: 'Puntuación final, sin líneas vacías' },
  'unwrap-overlong': { fr: 'Ligne bien plus longue que la justification : non coupée', en: 'Line far longer than the wrap width: not wrapped', es: 'Línea mucho más larga que el ancho de corte: sin cortar' },
  'unwrap-short-line': { fr: 'Ligne courte isolée : intertitre', en: 'Short standalone line: subheading', es: 'Línea corta aislada: subtítulo' },
  'unwrap-same-line': { fr: 'Deux morceaux d’une même ligne', en: 'Two pieces of one line', es: 'Dos trozos de una misma línea' },
} as const satisfies Record<string, Message>;

export type BreakRuleId = keyof typeof BREAK_RULES;

/** Rule id of an ordinary wrap (joined with one space). */
export const WRAP_RULE = 'unwrap-wrap';
