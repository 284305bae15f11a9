import type { Language, LineOverrides, SplitFields } from '../../shared/domain';
import {
  decodeDocument,
  isCountableLine,
  lineKey,
  splitDocument,
  type DecodedDocument,
  type DecodeResult,
  type LearnedLines,
  type Lexicon,
  type RawFile,
  type SplitOutcome,
} from '../../shared/pipeline';
import type { Repositories } from '../../db';

/** The word lists of the dehyphenation stage, loaded on first use by the caller. */
export type LexiconProvider = (lang: Language) => Lexicon | null;

/** Decodes import bytes (the decoder may be asynchronous for .docx and e-mail). */
export async function decode(file: RawFile): Promise<DecodeResult> {
  return decodeDocument(file);
}

/** The distinct countable line keys of a document (what recurrence is counted on). */
export function documentKeys(doc: DecodedDocument): Set<string> {
  const keys = new Set<string>();
  for (const line of doc.text.split('\n')) if (isCountableLine(line)) keys.add(lineKey(line));
  return keys;
}

/** What the library has learned that concerns this document's lines. */
export function learnedFor(repos: Repositories, doc: DecodedDocument): LearnedLines {
  const alwaysDrop = new Set<string>();
  const neverDrop = new Set<string>();
  for (const r of repos.lines.rules()) (r.rule === 'always-drop' ? alwaysDrop : neverDrop).add(r.key);
  return { alwaysDrop, neverDrop, recurring: repos.lines.counts(documentKeys(doc)) };
}

export interface SplitDeps {
  repos: Repositories;
  lexicon: LexiconProvider;
  defaultLanguage: Language;
}

/** Splits a decoded document with what the library knows and the user's overrides. Pure but for the reads. */
export function splitWithLibrary(deps: SplitDeps, doc: DecodedDocument, overrides: LineOverrides): SplitOutcome {
  return splitDocument(doc, { defaultLanguage: deps.defaultLanguage, lexicon: deps.lexicon, learned: learnedFor(deps.repos, doc), overrides });
}

/** The fields of a split, as stored and shown in review. */
export function fieldsOf(split: SplitOutcome): SplitFields {
  return {
    title: split.title,
    subtitle: split.subtitle,
    dateline: split.dateline,
    date: split.date,
    language: split.language,
    paragraphs: split.paragraphs,
    quotes: split.quotes,
    contacts: split.contacts,
    dropped: split.dropped,
  };
}

/**
 * Counts the lines of every stored source once, for a library whose sources were imported before
 * recurrence was counted (they would otherwise never teach anything).
 */
export async function backfillLineStats(repos: Repositories): Promise<number> {
  if (repos.lines.hasStats() || repos.sources.count() === 0) return 0;
  const perSource: Set<string>[] = [];
  for (const s of repos.sources.each()) {
    const decoded = await decode({ name: s.fileName, bytes: s.bytes, mediaType: s.mediaType });
    if (decoded.ok) perSource.push(documentKeys(decoded.doc));
  }
  repos.transaction(() => perSource.forEach((keys) => repos.lines.addSource(keys)));
  return perSource.length;
}
