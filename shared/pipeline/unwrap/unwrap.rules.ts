// The unwrap stage's layout rules as data: where a paragraph ends (break rules with stable ids
// and a one-line explanation in fr/en/es), list markers, end punctuation, tuning of the layout
// analysis. The dehyphenation cascade is in hyphen.rules.ts.
import type { Language } from '../../domain';

type Message = Readonly<Record<Language, string>>;

/**
 * A list marker at the start of a line, with the space after it: `- `, `• `, `* `, `1. `, `1) `,
 * `a) `, and `– ` where a list can be (an en dash also opens incises).
 */
export const LIST_MARKER = /^(?:([-–•*·▪●◦‣■►➢✓])|(\d{1,3}[.)]|\(?[a-z]\)|\(\d{1,3}\)))[ \t\u00A0]+(?=\S)/u;

/** Punctuation that ends a paragraph when the text has no blank lines (corpus README). */
export const END_PUNCTUATION = /[.!?:…»"”][)\]]?$/u;

/** A line ending like this goes on (an enumeration, a hyphen, an elided article), never a subheading. */
export const CONTINUES = /[,;\-\u2010\u00AD'’]$/u;

/**
 * Words a sentence cannot end on (articles, prepositions, conjunctions, determiners): a line
 * ending with one is wrapped, whatever its length.
 */
export const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'à', 'et', 'ou', 'mais', 'car', 'ni', 'que', 'qui', 'dont', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'vers', 'chez', 'entre', 'contre', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'se', 'ne', 'en', 'selon', 'depuis', 'lors', 'afin']),
  en: new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'and', 'or', 'but', 'nor', 'as', 'than', 'that', 'which', 'who', 'whose', 'whom', 'its', 'their', 'our', 'your', 'his', 'her', 'my', 'this', 'these', 'those', 'whether', 'if', 'because', 'while', 'although', 'between', 'through', 'during', 'across', 'towards', 'toward']),
  es: new Set(['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'en', 'por', 'para', 'con', 'sin', 'sobre', 'entre', 'hacia', 'hasta', 'desde', 'y', 'e', 'o', 'u', 'ni', 'pero', 'que', 'quien', 'cuyo', 'cuya', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'se', 'según', 'durante', 'mediante']),
};

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
  'unwrap-next-word-fits': { fr: 'Le mot suivant tenait sur la ligne : fin de paragraphe', en: 'The next word would have fitted on the line: end of paragraph', es: 'La palabra siguiente cabía en la línea: fin de párrafo' },
  'unwrap-short-line': { fr: 'Ligne courte isolée : intertitre', en: 'Short standalone line: subheading', es: 'Línea corta aislada: subtítulo' },
  'unwrap-same-line': { fr: 'Deux morceaux d’une même ligne', en: 'Two pieces of one line', es: 'Dos trozos de una misma línea' },
} as const satisfies Record<string, Message>;

export type BreakRuleId = keyof typeof BREAK_RULES;
