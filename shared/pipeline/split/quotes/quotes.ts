// The quote stage: reported speech in the body paragraphs, with who said it. Pure and total.
import type { Language, Quote } from '../../../domain';
import { opensWithVerb, parseAttribution, type Attribution } from './attribution';
import { findStretches, type Stretch } from './marks';
import { bare, tokenize } from './names';
import type { Gender } from './names.rules';
import { MIN_QUOTE_WORDS, NAMING_WORDS } from './quotes.rules';
import {
  addSpeaker,
  collectMentions,
  learnGender,
  position,
  resolveLastSpeaker,
  resolvePronoun,
  resolveRole,
  resolveShortForm,
  resolveSurnames,
  type Mention,
} from './speakers';

export interface QuoteContext {
  lang: Language;
}

/** Quotations longer than this are unbalanced marks, not speech (and the domain caps quote text). */
const MAX_QUOTE_CHARS = 10_000;
/** How far an attribution clause may reach from its quotation. */
const CLAUSE_CHARS = 400;
/** The domain keeps at most this many quotes per release. */
const MAX_QUOTES = 500;

const SENTENCE_END = /[.!?…]["”»’)]*$/u;
const ABBREVIATION = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*|M|MM|Mme|Mlle|Dr|Dre|Dra|Pr|Prof|Mr|Mrs|Ms|Sr|Sra|Srta|St|Ste|Me|Mgr|Lic|Ing|No|Nº|art|p|pp|etc|vol|cf)\.$/u;

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** Offset just after the sentence that starts at `from` (not past `limit`). */
function sentenceEnd(p: string, from: number, limit: number): number {
  const to = Math.min(limit, from + CLAUSE_CHARS);
  for (const t of tokenize(p, from, to)) if (SENTENCE_END.test(t.text) && !ABBREVIATION.test(t.text.replace(/["”»’)]+$/u, ''))) return t.end;
  return to;
}

/** Offset where the sentence that ends at `to` starts (not before `limit`). */
function sentenceStart(p: string, to: number, limit: number): number {
  const from = Math.max(limit, to - CLAUSE_CHARS);
  const tokens = tokenize(p, from, to);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (SENTENCE_END.test(t.text) && !ABBREVIATION.test(t.text.replace(/["”»’)]+$/u, ''))) return t.end;
  }
  return from;
}

/** The quotation's text: inside the marks, trimmed, without the comma before the attribution. */
function quoteText(p: string, s: Stretch): string {
  return p
    .slice(s.open + 1, s.close)
    .trim()
    .replace(/[\s\u00A0\u202F]*,$/u, '')
    .trim();
}

/** True when the word before the opening mark announces a name (`le programme « … »`, `the “…” campaign`). */
function namedThing(p: string, open: number): boolean {
  const before = tokenize(p, Math.max(0, open - 60), open);
  const last = before[before.length - 1];
  if (!last || /[,;:.!?]$/u.test(last.text)) return false;
  return NAMING_WORDS.has(bare(last.text).toLowerCase().replace(/^[ld]['’]/u, ''));
}

/** True when the quotation opens a sentence (start of paragraph, after . ! ? : or a closing mark). */
function opensSentence(p: string, open: number): boolean {
  const before = p.slice(Math.max(0, open - 3), open).replace(/[\s\u00A0\u202F]+$/u, '');
  return before === '' || /[.!?…:»”"]$/u.test(before);
}

// An attribution set inside the marks between dashes (Spanish raya) or commas (French incise).
const INCISE = /\s?[—–]\s?([^—–«»“”]{2,120}?)\s?[—–]\s?|,\s([^,«»“”]{2,80}?),\s/gu;

/**
 * An attribution set inside a quotation (`«Texto —dijo Ana Ruiz—. Más texto»`, `« Ce drame,
 * explique-t-il, rappelle… »`): the two parts of the quotation and the attribution. Null when
 * there is none.
 */
function incise(p: string, s: Stretch, lang: Language): { parts: string[]; attribution: Attribution | null } | null {
  const inner = p.slice(s.open + 1, s.close);
  if (inner.length > MAX_QUOTE_CHARS) return null;
  INCISE.lastIndex = 0;
  for (let m = INCISE.exec(inner); m; m = INCISE.exec(inner)) {
    const group = m[1] ?? m[2]!;
    const at = s.open + 1 + m.index + m[0].indexOf(group);
    if (!opensWithVerb(p, at, at + group.length, lang)) continue;
    const before = inner.slice(0, m.index).trim().replace(/,$/u, '').trim();
    const after = inner.slice(m.index + m[0].length).replace(/^[\s.,;:]+/u, '').trim().replace(/,$/u, '').trim();
    return { parts: [before, after], attribution: parseAttribution(p, at, at + group.length, lang, 'before') };
  }
  return null;
}

interface Found {
  para: number;
  stretch: Stretch;
  text: string;
  attribution: Attribution | null;
  /** Index of the first quote of a multi-paragraph quotation this one continues, or its own. */
  chain: number;
}

/**
 * Reported speech in the body paragraphs, in reading order: text between « », “ ”, ‘ ’ or
 * straight quotes, five words or more, not the quoted name of a programme; the speaker as written
 * without honorifics, resolved across the text when the attribution is a pronoun, a bare verb, a
 * short form or a role, null when nothing says who spoke. Pure, total, linear-ish.
 */
export function extractQuotes(paragraphs: readonly string[], ctx: QuoteContext): Quote[] {
  const lang = ctx.lang;
  const found: Found[] = [];
  paragraphs.forEach((p, para) => {
    if (found.length >= MAX_QUOTES) return;
    const stretches = findStretches(p);
    stretches.forEach((s, j) => {
      if (found.length >= MAX_QUOTES) return;
      const cut = incise(p, s, lang);
      if (cut) {
        // `«Texto —dijo Ana Ruiz—. Más texto»`: two quotations, one attribution.
        for (const part of cut.parts) {
          if (countWords(part) >= MIN_QUOTE_WORDS) found.push({ para, stretch: s, text: part, attribution: cut.attribution, chain: found.length });
        }
        return;
      }
      const text = quoteText(p, s);
      if (text.length > MAX_QUOTE_CHARS || countWords(text) < MIN_QUOTE_WORDS) return;
      const atStart = p.slice(0, s.open).trim() === '';
      if (!atStart && namedThing(p, s.open)) return;
      const prevClose = j > 0 ? stretches[j - 1]!.close + 1 : 0;
      const nextOpen = j + 1 < stretches.length ? stretches[j + 1]!.open : p.length;
      const previous = found[found.length - 1];
      const continues = atStart && previous !== undefined && previous.para === para - 1 && !previous.stretch.closed;
      let attribution = s.closed ? parseAttribution(p, s.close + 1, sentenceEnd(p, s.close + 1, nextOpen), lang, 'before') : null;
      attribution ??= parseAttribution(p, sentenceStart(p, s.open, prevClose), s.open, lang, 'after');
      if (!attribution && atStart && para > 0 && !continues) {
        // A paragraph that ends with a colon introduces the quotation below it (`X décrit… :`).
        const intro = paragraphs[para - 1]!;
        if (/:\s*$/u.test(intro)) attribution = parseAttribution(intro, sentenceStart(intro, intro.length, 0), intro.length, lang, 'after');
      }
      const next = paragraphs[para + 1];
      if (!attribution && s.closed && next !== undefined && /^[\s\u00A0]*[—–-]\s*\S/u.test(next) && next.length <= 300 && /^[\s.,;:!?…]*$/u.test(p.slice(s.close + 1))) {
        // `“…”` / `– The Honourable Jane Doe, Minister of…`: the signature under a quotation printed on its own.
        attribution = parseAttribution(next, 0, next.length, lang, 'before');
      }
      if (!attribution && !continues && !opensSentence(p, s.open)) return;
      // Without an attribution, a short stretch that is not a sentence is a title or a slogan
      // (`« Un nouveau départ pour les jeunes »` as a subheading), not speech.
      const sentence = /[.!?…]["”»’)]*$/u.test(text) || /^[\s\u00A0\u202F]*[.!?…]/u.test(p.slice(s.close + 1, s.close + 4));
      if (!attribution && !continues && !sentence && countWords(text) < 12 && s.closed) return;
      found.push({ para, stretch: s, text, attribution, chain: continues ? previous.chain : found.length });
    });
  });
  // People named after the last quotation cannot be its speaker: only read up to it.
  const last = found[found.length - 1];
  if (!last) return [];
  const read = paragraphs.slice(0, last.para + 1);
  read[last.para] = read[last.para]!.slice(0, Math.min(read[last.para]!.length, last.stretch.close + CLAUSE_CHARS));
  return resolveSpeakers(found, read, lang);
}

/** Speakers in reading order: each quotation's attribution (or its chain's), resolved. */
function resolveSpeakers(found: readonly Found[], paragraphs: readonly string[], lang: Language): Quote[] {
  // The people of the text are read only when an attribution needs them (a pronoun, a bare verb,
  // a role, a short form): most quotations name their speaker.
  let mentions: Mention[] | null = null;
  const resolved: { name: string; gender: Gender; pos: number }[] = [];
  const registry = (): Mention[] => {
    if (!mentions) {
      mentions = collectMentions(paragraphs, lang);
      for (const r of resolved) addSpeaker(mentions, { ...r, role: null });
    }
    return mentions;
  };
  const speakers = new Map<number, string | null>();
  // A multi-paragraph quotation takes the attribution of whichever paragraph has one.
  const chainAttribution = new Map<number, Attribution>();
  for (const f of found) if (f.attribution && !chainAttribution.has(f.chain)) chainAttribution.set(f.chain, f.attribution);
  const out: Quote[] = [];
  let lastInParagraph: { para: number; speaker: string } | null = null;
  for (const f of found) {
    let speaker: string | null;
    if (speakers.has(f.chain) && !f.attribution) speaker = speakers.get(f.chain)!;
    else {
      const attribution = f.attribution ?? chainAttribution.get(f.chain) ?? null;
      const pos = position(found[f.chain]?.para ?? f.para, found[f.chain]?.stretch.open ?? f.stretch.open);
      speaker = resolve(attribution, registry, pos);
      // A second quotation in the same paragraph without attribution continues the same voice.
      if (speaker === null && !attribution && lastInParagraph?.para === f.para) speaker = lastInParagraph.speaker;
      if (speaker !== null) {
        const entry = { name: speaker, gender: attribution?.kind === 'name' ? attribution.gender : null, pos: position(f.para, f.stretch.open) };
        resolved.push(entry);
        if (mentions) addSpeaker(mentions, { ...entry, role: null });
      }
    }
    speakers.set(f.chain, speaker);
    if (speaker !== null) lastInParagraph = { para: f.para, speaker };
    out.push({ text: f.text, speaker: speaker === null ? null : speaker.slice(0, 300) });
  }
  return out;
}

function resolve(a: Attribution | null, registry: () => Mention[], pos: number): string | null {
  if (!a) return null;
  switch (a.kind) {
    case 'name': {
      const words = a.name.split(/\s+/u);
      // A short form (`M. Kaboré`, `Dr. Ahmed`, `Pope`) stands for the full name given earlier.
      if (words.length <= 2 && (a.honorific || words.length === 1)) {
        const full = resolveShortForm(registry(), a.name, pos);
        if (full) return full.name;
      }
      // `Ramírez Treviño` after `Guadalupe Ramírez Treviño`: two surnames are the end of a longer name given earlier.
      if (words.length === 2 && !a.honorific) {
        const full = resolveSurnames(registry(), a.name, pos);
        if (full) return full.name;
      }
      return a.name;
    }
    case 'org':
      return a.name;
    case 'pronoun': {
      const m = resolvePronoun(registry(), a.gender, pos);
      if (m) learnGender(registry(), m.name, a.gender);
      return m?.name ?? null;
    }
    case 'null-subject':
      return resolveLastSpeaker(registry(), pos)?.name ?? null;
    case 'role':
      return resolveRole(registry(), a.group, a.gender, pos)?.name ?? null;
    case 'unknown':
      return null;
  }
}
