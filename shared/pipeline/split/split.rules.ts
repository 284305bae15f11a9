import type { Language } from '../../domain';

/**
 * Frequent short words per language, for telling French, English and Spanish apart. Words
 * shared by two languages (`de`, `la`, `en`) still count: the totals decide.
 */
export const STOPWORDS: Readonly<Record<Language, readonly string[]>> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'sur', 'au', 'aux', 'avec', 'ont', 'sont', 'par', 'cette', 'leur', 'nous', 'été', 'il', 'elle', 'pas', 'plus'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'that', 'with', 'on', 'are', 'was', 'by', 'this', 'from', 'have', 'has', 'their', 'which', 'were', 'will', 'it', 'at', 'be', 'an'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'con', 'una', 'para', 'es', 'su', 'sus', 'al', 'se', 'como', 'más', 'fue', 'han', 'este', 'esta', 'son', 'lo', 'desde'],
};
