// Small split maps for the review screen's pure modules.
import type { Destination, MapSegment, SplitFields, SplitMap } from '../../../shared/domain';

/** A segment covering a whole line of `lines`. */
export function seg(lines: readonly string[], line: number, dest: Destination, extra: Partial<MapSegment> = {}): MapSegment {
  return { line, start: 0, end: lines[line]!.length, dest, rule: null, forced: false, ...extra };
}

export function mapOf(segments: MapSegment[], extra: Partial<SplitMap> = {}): SplitMap {
  return { version: 1, pipeline: 'test-1', segments, confidence: {}, flags: [], ...extra };
}

export function splitOf(extra: Partial<SplitFields> = {}): SplitFields {
  return {
    title: 'Titre',
    subtitle: null,
    dateline: 'Genève',
    date: '2024-03-06',
    language: 'fr',
    paragraphs: ['Premier paragraphe.'],
    quotes: [],
    contacts: [],
    dropped: [],
    ...extra,
  };
}
