// Helpers of the boilerplate and split tests: a decoded document from text, the split with no
// lexicon, and where each line went.
import type { Destination } from '../../../../shared/domain';
import { findBoilerplate } from '../../../../shared/pipeline/boilerplate';
import { NO_LEARNED_LINES, type DecodedDocument, type LearnedLines, type LineHint, type SplitOutcome } from '../../../../shared/pipeline/model';
import { splitDocument } from '../../../../shared/pipeline/split';

/** A plain-text decoded document (hints none unless given). */
export function docOf(text: string, hints?: (LineHint | null)[], meta: DecodedDocument['meta'] = {}): DecodedDocument {
  const lines = text.split('\n');
  return { text, encoding: 'utf-8', mediaType: 'text/plain', format: 'text', hints: hints ?? lines.map(() => null), meta };
}

export interface SplitOptions {
  hints?: (LineHint | null)[];
  meta?: DecodedDocument['meta'];
  learned?: LearnedLines;
  overrides?: Record<string, Destination>;
  lang?: 'fr' | 'en' | 'es';
}

export function split(text: string, o: SplitOptions = {}): SplitOutcome {
  return splitDocument(docOf(text, o.hints, o.meta), {
    defaultLanguage: o.lang ?? 'fr',
    lexicon: () => null,
    learned: o.learned ?? NO_LEARNED_LINES,
    overrides: o.overrides ?? {},
  });
}

/** The boilerplate rule of each line (null when kept), by line index. */
export function rulesOf(text: string, o: SplitOptions = {}): (string | null)[] {
  const verdicts = findBoilerplate(docOf(text, o.hints, o.meta), { learned: o.learned ?? NO_LEARNED_LINES, overrides: o.overrides ?? {} });
  const out: (string | null)[] = text.split('\n').map(() => null);
  for (const v of verdicts) if (v.drop && out[v.segment.line] === null) out[v.segment.line] = v.rule;
  return out;
}

/** The boilerplate rules of every dropped segment of each line (a quoted line has its `> ` marker and its text). */
export function allRulesOf(text: string, o: SplitOptions = {}): string[][] {
  const verdicts = findBoilerplate(docOf(text, o.hints, o.meta), { learned: o.learned ?? NO_LEARNED_LINES, overrides: o.overrides ?? {} });
  const out: string[][] = text.split('\n').map(() => []);
  for (const v of verdicts) if (v.drop && v.rule !== null) out[v.segment.line]!.push(v.rule);
  return out;
}

/** `dest/rule` of every segment of a line of the split map. */
export function destOf(out: SplitOutcome, line: number): string[] {
  return out.map.segments.filter((s) => s.line === line).map((s) => `${s.dest}/${s.rule}`);
}

/** The destinations only. */
export function destsOf(out: SplitOutcome, line: number): string[] {
  return out.map.segments.filter((s) => s.line === line).map((s) => s.dest);
}

/** A release around one line: headline, lead, the line, a last paragraph (so zones stay out of the way). */
export function around(line: string): { text: string; at: number } {
  const text = [
    'L’OIM ouvre un nouveau centre d’accueil pour les migrants à Agadez',
    '',
    'AGADEZ, 3 mars 2024 – L’Organisation internationale pour les migrations (OIM) a ouvert lundi un centre d’accueil pour les migrants en transit dans la région.',
    '',
    'Le centre offre des soins, un hébergement temporaire et des informations sur le retour volontaire aux personnes qui le souhaitent.',
    '',
    line,
    '',
    'Les équipes de l’OIM y accueilleront jusqu’à 300 personnes par semaine, selon les autorités régionales et les partenaires du projet.',
  ].join('\n');
  return { text, at: 6 };
}
