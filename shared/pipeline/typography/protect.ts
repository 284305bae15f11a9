// Protected spans: found before any rule runs, and never changed (TYPOGRAPHY.md, promise 1).
import type { Span, TypoLang } from './model';

const PATTERNS: readonly RegExp[] = [
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"«»]*[^\s<>"«».,;:!?)\]]/giu,
  /\bmailto:[^\s<>]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/gu,
];

/** Sorted, merged spans of `text` that no typography rule may change. */
export function findProtectedSpans(text: string, _lang: TypoLang): Span[] {
  const spans: Span[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
