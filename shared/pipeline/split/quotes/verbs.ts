import type { Language } from '../../../domain';
import { SPEECH_VERBS } from './quotes.rules';

/** French -er verbs: the forms an attribution uses (third persons, participles, tenses). */
function frenchForms(lemma: string): string[] {
  if (!lemma.endsWith('er')) return [];
  const stem = lemma.slice(0, -2);
  return [stem + 'e', stem + 'ent', stem + 'é', stem + 'ée', stem + 'ait', stem + 'aient', stem + 'a', stem + 'èrent', lemma + 'a', lemma + 'ont'];
}

/** English regular verbs: base, -s, -ed, -ing (final e and y handled). */
function englishForms(lemma: string): string[] {
  const forms = [lemma];
  if (lemma.endsWith('y')) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else if (lemma.endsWith('e')) forms.push(lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/(s|sh|ch|x)$/.test(lemma)) forms.push(lemma + 'es', lemma + 'ed', lemma + 'ing');
  else forms.push(lemma + 's', lemma + 'ed', lemma + 'ing');
  return forms;
}

/** Spanish -ar/-er/-ir verbs: present, preterite, imperfect, perfect participle, future (3rd persons). */
function spanishForms(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  if (lemma.endsWith('ar')) return [stem + 'a', stem + 'an', stem + 'ó', stem + 'aron', stem + 'aba', stem + 'aban', stem + 'ado', stem + 'ará'];
  if (lemma.endsWith('er') || lemma.endsWith('ir')) return [stem + 'e', stem + 'en', stem + 'ió', stem + 'ieron', stem + 'ía', stem + 'ían', stem + 'ido', lemma + 'á'];
  return [];
}

const EXPAND: Record<Language, (lemma: string) => string[]> = { fr: frenchForms, en: englishForms, es: spanishForms };

function build(lang: Language): ReadonlySet<string> {
  const { regular, forms } = SPEECH_VERBS[lang];
  return new Set([...regular.flatMap((l) => EXPAND[lang](l)), ...forms]);
}

const SETS: Record<Language, ReadonlySet<string>> = { fr: build('fr'), en: build('en'), es: build('es') };
const ANY: ReadonlySet<string> = new Set([...SETS.fr, ...SETS.en, ...SETS.es]);

/**
 * True when `word` (lower case, without a clitic such as `-t-il`) is a form of a verb of saying
 * in `lang` — or in one of the other two languages, so that a release whose language was guessed
 * wrong, or that quotes in another language, still has its attributions. English phrasal
 * `pointed out` is recognised by its first word. Pure.
 */
export function isSpeechVerb(word: string, lang: Language): boolean {
  if (SETS[lang].has(word) || ANY.has(word)) return true;
  // A French reflexive verb keeps its elided pronoun on the token (`s’inquiète`, `s'exclame`).
  const reflexive = /^s['’](.+)$/u.exec(word);
  return reflexive !== null && (SETS[lang].has(reflexive[1]!) || ANY.has(reflexive[1]!));
}

/**
 * A French inverted clitic at the end of a word (`ajoute-t-elle`, `a-t-il`, `dit-il`): the word
 * without it and the pronoun. Null when there is none.
 */
export function splitClitic(word: string): { word: string; pronoun: string } | null {
  const m = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u.exec(word);
  return m ? { word: m[1]!, pronoun: m[2]! } : null;
}
