// Spanish raya for incises (RAE, Ortografía 2010, 3.4.5.1): the rayas are attached to the inserted
// text and spaced from the rest (`trabajadoras —sobre todo mujeres— que`); the closing raya is
// written even before a comma or period. Hyphens in year ranges are kept (2019-2023).
import type { Edit, ScanRule } from '../model';

interface DashToken {
  /** Offset of the first dash character and one past the last. */
  at: number;
  end: number;
  spaceBefore: boolean;
  spaceAfter: boolean;
}

const SP = /[ \u00A0\u202F]/u;
// A dash written with hyphens (one spaced, or two/three) or an en dash or a raya, with its spaces.
const DASH = /(?<=[^\s])(?:[ \u00A0\u202F]+(?:-{1,3}|[–—])[ \u00A0\u202F]+|[ \u00A0\u202F]+(?:-{2,3}|[–—])(?=[\p{L}\p{N}¿¡«“(])|(?<=[\p{L}\p{N}.!?»”)])(?:-{2,3}|[–—])(?=[ \u00A0\u202F,.;:)])|[ \u00A0\u202F]+-(?=[,.;:)]))/gu;

/** Dash tokens of one sentence, in order; figures on both sides (2019 - 2023) are not incises. */
function tokens(text: string, from: number, to: number): DashToken[] {
  const out: DashToken[] = [];
  DASH.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DASH.exec(text)) !== null && m.index < to) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const at = m.index + lead;
    const end = m.index + raw.length - trail;
    if (/\d/u.test(text[m.index - 1] ?? '') && /\d/u.test(text[m.index + raw.length] ?? '')) continue;
    out.push({ at, end, spaceBefore: lead > 0, spaceAfter: trail > 0 });
  }
  return out;
}

/** Edits writing one pair of rayas around an incise (a comma before the opening one is dropped). */
function pairEdits(text: string, open: DashToken, close: DashToken, group: string): Edit[] {
  let a = open.at;
  while (a > 0 && SP.test(text[a - 1] as string)) a -= 1;
  if (text[a - 1] === ',') a -= 1;
  while (a > 0 && SP.test(text[a - 1] as string)) a -= 1;
  const edits: Edit[] = [];
  const openWanted = ' —';
  let b = open.end;
  while (SP.test(text[b] ?? '')) b += 1;
  if (text.slice(a, b) !== openWanted) edits.push({ start: a, end: b, replacement: openWanted, group });
  let c = close.at;
  while (c > open.end && SP.test(text[c - 1] as string)) c -= 1;
  let d = close.end;
  while (SP.test(text[d] ?? '')) d += 1;
  const next = text[d];
  // The closing raya takes the punctuation that follows it; otherwise one space.
  const closeWanted = next !== undefined && ',.;:)?!…»”'.includes(next) ? '—' : next === undefined ? '—' : '— ';
  if (text.slice(c, d) !== closeWanted) edits.push({ start: c, end: d, replacement: closeWanted, group });
  return edits;
}

/** Sentences of a block: spans ending after . ? ! … or a line break. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!…](?=\s)|\n/gu)) {
    out.push([start, m.index + 1]);
    start = m.index + 1;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Pairs of dashes around an incise become rayas attached to the incise. A sentence with an odd
 * number of dashes, or starting with one (a dialogue line or a list bullet), is left alone.
 */
export const esRaya: ScanRule = {
  id: 'es-raya',
  langs: ['es'],
  norm: 'RAE',
  safe: false,
  scan: ({ text }) => {
    if (!/[-–—]/u.test(text)) return [];
    const edits: Edit[] = [];
    for (const [from, to] of sentences(text)) {
      const found = tokens(text, from, to);
      if (found.length === 0 || found.length % 2 === 1) continue;
      // A dateline in capitals before the first dash (MADRID - La OIM…) is not an incise.
      const head = text.slice(from, found[0]?.at).trim();
      if (head === '' || !/\p{Ll}/u.test(head)) continue;
      // An opening dash has a space before it; a closing one has none before it or a space after it.
      let ok = true;
      for (let i = 0; i < found.length; i += 2) {
        const o = found[i] as DashToken;
        const c = found[i + 1] as DashToken;
        if (!o.spaceBefore || (!c.spaceBefore && !c.spaceAfter && !',.;:)'.includes(text[c.end] ?? ''))) ok = false;
      }
      if (!ok) continue;
      for (let i = 0; i < found.length; i += 2) edits.push(...pairEdits(text, found[i] as DashToken, found[i + 1] as DashToken, `r${found[i]?.at}`));
    }
    return edits;
  },
  message: {
    fr: 'Incise entre tirets : en espagnol, rayas collées au texte inséré (—así—)',
    en: 'Spanish incise: rayas attached to the inserted text (—like this—)',
    es: 'Inciso entre rayas pegadas al texto que encierran (—así—)',
  },
  examples: [
    ['trabajadoras, - sobre todo mujeres - , que', 'trabajadoras —sobre todo mujeres—, que'],
    ['trabajadoras -- sobre todo mujeres -- que', 'trabajadoras —sobre todo mujeres— que'],
  ],
};
