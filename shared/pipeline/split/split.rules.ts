// The split stage's rules and vocabularies as data. Each rule that decides where a line goes has
// a stable id (written into the split map), a one-line explanation in fr/en/es, and is tested by
// a table keyed by the id.
import type { Language } from '../../domain';

type Explain = Readonly<Record<Language, string>>;
const ex = (fr: string, en: string, es: string): Explain => ({ fr, en, es });

export const SPLIT_RULES = {
  'split-title': ex('Titre : ligne forte la plus proche du chapeau', 'Title: strongest line nearest the lead', 'Título: línea fuerte más cercana a la entradilla'),
  'split-title-repeat': ex('Titre imprimé deux fois', 'Headline printed twice', 'Titular impreso dos veces'),
  'split-title-button': ex('Texte de bouton collé au titre', 'Button text glued to the headline', 'Texto de botón pegado al titular'),
  'split-title-replaced': ex('Titre remplacé par le choix de l’utilisateur', 'Title replaced by the user’s choice', 'Título sustituido por la elección del usuario'),
  'split-subtitle': ex('Chapô entre le titre et le premier paragraphe', 'Standfirst between headline and lead', 'Entradilla entre el titular y el primer párrafo'),
  'split-date-line': ex('Ligne de date du communiqué', 'Release date line', 'Línea de fecha del comunicado'),
  'split-site-stamp': ex('Date de publication du site', 'Site publication stamp', 'Fecha de publicación del sitio'),
  'split-dateline': ex('Lieu et date en tête du premier paragraphe', 'Place and date opening the lead', 'Lugar y fecha al inicio del primer párrafo'),
  'split-body': ex('Corps du communiqué', 'Release body', 'Cuerpo del comunicado'),
  'split-before-title': ex('Au-dessus du titre : habillage du site', 'Above the headline: site furniture', 'Encima del titular: elementos del sitio'),
  'split-header-residue': ex('Entre le titre et le texte, ni date ni chapô', 'Between headline and text, neither date nor standfirst', 'Entre el titular y el texto, ni fecha ni entradilla'),
  'split-tail': ex('Après la fin du communiqué', 'After the end of the release', 'Después del final del comunicado'),
  'split-empty': ex('Ligne sans texte une fois le code retiré', 'Line without text once markup is removed', 'Línea sin texto una vez quitado el código'),
} as const;
export type SplitRuleId = keyof typeof SPLIT_RULES;

/**
 * Frequent short words per language with a weight: words proper to one language weigh more
 * than words two languages share (`de`, `la`, `en`, `que`), so a short text is still told apart.
 */
export const STOPWORDS: Readonly<Record<Language, Readonly<Record<string, number>>>> = {
  fr: weights(['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'au', 'aux', 'avec', 'ont', 'sont', 'par', 'cette', 'leur', 'leurs', 'nous', 'été', 'il', 'elle', 'pas', 'plus', 'ces', 'ses', 'aussi', 'mais', 'où', 'être', 'selon', 'depuis', 'entre', 'après', 'déclaré', 'ainsi', 'vers', 'chez', 'très', 'était', 'sont', 'déjà', 'l’', "l'", 'd’', "d'", 'qu’', "qu'"], ['la', 'de', 'que', 'en', 'un', 'a']),
  en: weights(['the', 'and', 'of', 'to', 'is', 'for', 'that', 'with', 'on', 'are', 'was', 'by', 'this', 'from', 'have', 'has', 'their', 'which', 'were', 'will', 'it', 'at', 'be', 'an', 'said', 'who', 'they', 'been', 'more', 'than', 'its', 'also', 'over', 'into', 'would', 'our', 'we', 'people', 'said'], ['in', 'a']),
  es: weights(['el', 'los', 'las', 'del', 'y', 'por', 'con', 'una', 'para', 'su', 'sus', 'al', 'se', 'como', 'más', 'fue', 'han', 'este', 'esta', 'son', 'lo', 'desde', 'pero', 'también', 'según', 'personas', 'ha', 'sobre', 'entre', 'años', 'dijo', 'afirmó', 'hasta', 'cuando', 'muy'], ['la', 'de', 'que', 'en', 'un', 'a']),
};

function weights(own: readonly string[], shared: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of shared) out[w] = 0.3;
  for (const w of own) out[w] = 1;
  return out;
}

/** Button labels a scraper glues to the end of a headline (`… leur famille Imprimer`). */
export const TITLE_BUTTONS: readonly string[] = ['imprimer', 'print', 'imprimir', 'partager', 'share', 'compartir', 'pdf', 'télécharger', 'download', 'descargar', 'envoyer', 'email', 'e-mail', 'courriel', 'tweet', 'tweeter', 'enviar', 'send'];

/** Dateline words that may stay lower case inside a place name (`Ciudad de Guatemala`, `Saint-Louis du Sénégal`). */
export const DATELINE_PARTICLES: readonly string[] = ['de', 'del', 'la', 'las', 'los', 'el', 'du', 'des', 'd', 'le', 'les', 'of', 'the', 'and', 'y', 'et', 'sur', 'upon', 'en', 'au', 'aux', 'do', 'da', 'dos', 'das', 'al', 'am', 'an', 'im', 'di', 'van', 'von', 'der', 'den'];
/** Articles that may open a place only before a capitalised word (`Le Caire`, `La Paz`, `The Hague`). */
export const DATELINE_ARTICLES: readonly string[] = ['le', 'la', 'les', 'the', 'el', 'los', 'las', "l'", 'l’'];
/** Words that open a sentence, never a place (`In Geneva – …`, `Selon le rapport – …`). */
export const DATELINE_REFUSED_OPENERS: readonly string[] = ['in', 'en', 'au', 'aux', 'selon', 'according', 'since', 'depuis', 'desde', 'for', 'pour', 'para', 'with', 'avec', 'con', 'after', 'apres', 'tras', 'during', 'pendant', 'durante', 'on', 'at', 'by', 'par', 'por', 'this', 'ce', 'cette', 'este', 'esta', 'il', 'elle', 'ils', 'elles', 'nous', 'we', 'they', 'un', 'une', 'a', 'an', 'des', 'los', 'mais', 'but', 'pero', 'et', 'and', 'y', 'if', 'si'];

/** Bylines (`Par Jean Dupont`, `By Jane Doe`, `Por Ana Ruiz`, `Escrito por Gabinete de Comunicación`, `Written by …`) under a headline are not the text. */
export const BYLINE = /^(?:(?:[ÉéEe]crit|ÉCRIT|[Rr]édigé|[Pp]ublié|[Ww]ritten|WRITTEN|[Pp]osted|[Pp]ublished|[Ee]scrito|ESCRITO|[Pp]ublicado|[Rr]edactado)\s+)?(?:[Pp]ar|[Bb]y|BY|PAR|[Pp]or|POR)\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|del|de la|du|des|la|le|van|von|da|dos)\s+)?\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*[,|–-]\s*.{0,60})?$/u;

/** Words a sentence cannot end on (articles, prepositions, conjunctions): a line ending so is wrapped. */
export const FUNCTION_WORDS: readonly string[] = [
  'de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'et', 'ou', 'a', 'au', 'aux', 'en', 'pour', 'par', 'sur', 'dans', 'avec', 'un', 'une', 'que', 'qui', 'sans', 'entre', 'vers', 'chez', 'dont', 'ses', 'son', 'sa', 'leur', 'leurs', 'ces', 'cette',
  'the', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'into', 'its', 'their', 'his', 'her', 'than', 'as',
  'el', 'los', 'las', 'del', 'y', 'o', 'para', 'por', 'con', 'una', 'su', 'sus', 'al', 'sin', 'sobre', 'hacia', 'desde',
];
