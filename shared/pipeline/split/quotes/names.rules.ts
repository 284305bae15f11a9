// Word lists for people's names and the roles printed with them, in French, English and Spanish.
// Shared by the quote stage (speakers) and the contact stage (names, roles). Data only.

export type Gender = 'm' | 'f' | null;

/**
 * Titles printed before a name and removed from it (`Dr Nadège Pierre-Louis` → `Nadège
 * Pierre-Louis`), with the gender they tell. Matched case-sensitively on whole tokens, so the
 * French `Me` (maître) does not eat an English `me`. Several words are matched as a sequence.
 */
export const HONORIFICS: readonly (readonly [string, Gender])[] = [
  // fr
  ['M.', 'm'], ['MM.', 'm'], ['Mme', 'f'], ['Mme.', 'f'], ['Mmes', 'f'], ['Mlle', 'f'], ['Mlle.', 'f'], ['Monsieur', 'm'], ['Madame', 'f'],
  ['Mademoiselle', 'f'], ['Dr', null], ['Dr.', null], ['Dre', 'f'], ['Pr', null], ['Pr.', null], ['Prof.', null], ['Me', null], ['Mgr', 'm'],
  ['le docteur', 'm'], ['la docteure', 'f'], ['le professeur', 'm'], ['la professeure', 'f'], ['Son Excellence', null], ['S.E.', null],
  ['S. E.', null], ['le Dr', 'm'], ['la Dre', 'f'], ['Maître', null],
  // en
  ['Mr', 'm'], ['Mr.', 'm'], ['Mrs', 'f'], ['Mrs.', 'f'], ['Ms', 'f'], ['Ms.', 'f'], ['Miss', 'f'], ['Mx', null], ['Mx.', null], ['Sir', 'm'],
  ['Dame', 'f'], ['Prof', null], ['Professor', null], ['Doctor', null], ['H.E.', null], ['His Excellency', 'm'], ['Her Excellency', 'f'],
  ['Hon.', null], ['Rev.', null], ['The Honourable', null], ['The Honorable', null], ['the Honourable', null], ['the Honorable', null],
  ['Honourable', null], ['Honorable', null], ['The Hon.', null], ['Reverend', null], ['The Reverend', null], ['the Reverend', null],
  ['L’honorable', null], ["L'honorable", null], ['l’honorable', null], ["l'honorable", null], ['la honorable', 'f'], ['el honorable', 'm'],
  // es
  ['Sr.', 'm'], ['Sr', 'm'], ['Sra.', 'f'], ['Sra', 'f'], ['Srta.', 'f'], ['Dra.', 'f'], ['Dra', 'f'], ['Don', 'm'], ['Doña', 'f'],
  ['Dña.', 'f'], ['Lic.', null], ['Lcda.', 'f'], ['Lcdo.', 'm'], ['Ing.', null], ['Excmo.', 'm'], ['Excma.', 'f'], ['el doctor', 'm'],
  ['la doctora', 'f'], ['el profesor', 'm'], ['la profesora', 'f'], ['el licenciado', 'm'], ['la licenciada', 'f'], ['el ingeniero', 'm'],
  ['la ingeniera', 'f'], ['el señor', 'm'], ['la señora', 'f'], ['la señorita', 'f'], ['el Dr.', 'm'], ['la Dra.', 'f'],
];

/**
 * Lower-case words that may sit between two capitalised parts of one name (`María José de la
 * Cruz`, `Ludwig van Beethoven`, `Sidi Mohamed ould Ahmed`). Conjunctions (`y`, `e`, `et`) are
 * left out on purpose: `dijo Rosa Martínez y Juan Pérez` is two people.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'des', 'du', 'da', 'das', 'do', 'dos', 'di', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ben',
  'ibn', 'bint', 'al', 'el', 'ould', 'ag', 'zu', 'af', 'av', 'dit', 'dite',
]);

/**
 * Capitalised words that start a sentence or a phrase but never a person's name; a capitalised
 * run starting with one of them is not a name (`Le directeur`, `The report`, `Según la OIM`).
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  // fr
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on',
  'je', 'selon', 'pour', 'mais', 'et', 'ou', 'en', 'à', 'au', 'aux', 'dans', 'sur', 'par', 'avec', 'depuis', 'après', 'avant', 'lors',
  'ainsi', 'alors', 'enfin', 'cependant', 'toutefois', 'aujourd', 'hier', 'demain', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos',
  // en
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'it', 'according', 'but', 'and', 'or', 'in', 'at',
  'on', 'for', 'from', 'with', 'by', 'of', 'to', 'as', 'after', 'before', 'during', 'today', 'yesterday', 'his', 'her', 'their', 'our',
  'its', 'however', 'meanwhile', 'since', 'while', 'when',
  // es
  'el', 'los', 'las', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'él', 'ella', 'ellos', 'ellas', 'nosotros',
  'según', 'para', 'pero', 'y', 'o', 'con', 'desde', 'durante', 'tras', 'hoy', 'ayer', 'su', 'sus', 'nuestro', 'nuestra', 'sin', 'embargo',
  // Sentence openers of the three languages (`Al respecto, …`, `Entre los…`, `Signs explaining…` are no names).
  'al', 'a', 'lo', 'entre', 'sobre', 'ante', 'hasta', 'cuando', 'como', 'mientras', 'además', 'también', 'asimismo', 'así', 'cada', 'todos', 'todas',
  'muchos', 'muchas', 'varios', 'varias', 'otros', 'otras', 'sous', 'chez', 'vers', 'contre', 'dès', 'pendant', 'quand', 'comme', 'si', 'car',
  'donc', 'puis', 'aussi', 'plus', 'tous', 'toutes', 'chaque', 'plusieurs', 'certains', 'certaines', 'there', 'here', 'some', 'many', 'most',
  'all', 'more', 'each', 'every', 'other', 'such', 'if', 'then', 'now', 'yet', 'so', 'thus', 'although', 'though', 'because', 'under', 'over',
  'about', 'into', 'through', 'between', 'against', 'among', 'without', 'within', 'also',
  // months and days (a date after a verb is not a speaker)
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'enero', 'febrero',
  'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunes',
  'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
]);

/**
 * Title words that may be capitalised before a name in English (and in some French and Spanish
 * styles): `IOM Director General Amy Pope`, `Deputy Minister Ana Ruiz`. They are stripped from
 * the front of a capitalised run; what is left is the name.
 */
export const CAPITALISED_TITLE_WORDS: ReadonlySet<string> = new Set([
  'director', 'directora', 'directeur', 'directrice', 'general', 'général', 'générale', 'deputy', 'chief', 'head', 'minister', 'ministre',
  'ministro', 'ministra', 'secretary', 'secretario', 'secretaria', 'secrétaire', 'president', 'président', 'présidente', 'presidente',
  'presidenta', 'vice', 'vice-president', 'vice-président', 'vicepresidente', 'ambassador', 'ambassadeur', 'ambassadrice', 'embajador',
  'embajadora', 'mayor', 'maire', 'alcalde', 'alcaldesa', 'governor', 'gouverneur', 'gobernador', 'gobernadora', 'commissioner',
  'commissaire', 'comisionado', 'comisionada', 'high', 'haut', 'haute', 'alto', 'alta', 'representative', 'représentant', 'représentante',
  'representante', 'special', 'spécial', 'spéciale', 'especial', 'envoy', 'envoyé', 'envoyée', 'enviado', 'enviada', 'coordinator',
  'coordinador', 'coordinadora', 'coordonnateur', 'coordonnatrice', 'coordinateur', 'coordinatrice', 'resident', 'humanitarian',
  'regional', 'régional', 'régionale', 'country', 'mission', 'misión', 'executive', 'exécutif', 'ejecutivo', 'ejecutiva', 'senior',
  'assistant', 'associate', 'under-secretary-general', 'secretary-general', 'secrétaire général', 'chair', 'chairman', 'chairwoman',
  'chairperson', 'ceo', 'spokesperson', 'spokesman', 'spokeswoman', 'manager', 'officer', 'prime', 'premier', 'première', 'primer',
  'primera', 'foreign', 'interior', 'affairs', 'permanent', 'of', 'for', 'the', 'de', 'del', 'des', 'du', 'la', 'le', 'pour', 'para',
  'minister-counsellor', 'counsellor', 'counselor', 'consul', 'consule', 'cónsul', 'rector', 'recteur', 'dean', 'professor', 'judge',
  'justice', 'senator', 'sénateur', 'senador', 'senadora', 'congressman', 'congresswoman', 'diputado', 'diputada', 'député', 'députée',
]);

/**
 * Title nouns that, inside a capitalised run, end the organisation's name and start a new title
 * before the person (`Migrant Workers Centre CEO Matt Kunkel`, `Refugee Council President Jane Doe`).
 */
export const TITLE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'director', 'directora', 'directeur', 'directrice', 'minister', 'ministre', 'ministro', 'ministra', 'president', 'président',
  'présidente', 'presidente', 'presidenta', 'secretary', 'mayor', 'maire', 'alcalde', 'alcaldesa', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'spokesperson', 'spokesman', 'spokeswoman', 'commissioner', 'governor', 'ambassador', 'coordinator', 'manager', 'founder', 'head',
]);

/** Subject pronouns and the gender they refer to, by language. */
export const PRONOUNS: Readonly<Record<'fr' | 'en' | 'es', Readonly<Record<string, Gender>>>> = {
  fr: { il: 'm', elle: 'f' },
  en: { he: 'm', she: 'f', they: null },
  es: { él: 'm', ella: 'f' },
};
