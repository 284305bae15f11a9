// The data that flows between the import stages: decode → boilerplate → unwrap → split.
// Every stage is a pure function of its input and a context of plain data (ARCHITECTURE §4).
import type { Block, Contact, Destination, ImportFailure, Language, LineOverrides, Quote, SplitMap } from '../domain';

/** The bytes of one import. */
export interface RawFile {
  name: string;
  bytes: Uint8Array;
  /** Set when the caller knows the type regardless of the name (pasted text is text/plain). */
  mediaType?: string;
}

/** Formats the decoder understands (by content, the file name only hints). */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'eml';

/**
 * What a structured format (HTML, .docx, Markdown) says about a line of the decoded text, so the
 * later stages need not guess it: a heading (with its level), a list item, page chrome (nav,
 * header, footer, aside, cookie dialog…), a figure caption, a blockquote.
 */
export interface LineHint {
  /** `emphasis`: nothing else is known but the whole line is bold or italic (a hand-made subheading or headline). */
  kind: 'heading' | 'list-item' | 'chrome' | 'caption' | 'blockquote' | 'emphasis';
  /** Heading level 1–6. */
  level?: number;
  /** Bullet or numbered list. */
  list?: 'bullet' | 'number';
  /** The whole line is bold (any kind). */
  bold?: boolean;
  /** The whole line is italic (any kind). */
  italic?: boolean;
}

/**
 * The text of an import, one logical line per `\n` (LF only), with what the format told about
 * each line. The split map refers to lines of this text; "view original" and review show it.
 * A structured format is flattened so that each block element is one line (no hard wraps).
 */
export interface DecodedDocument {
  text: string;
  /** `utf-8`, `utf-8 (BOM)`, `utf-16le`, `windows-1252`, `iso-8859-1`… */
  encoding: string;
  mediaType: string;
  format: SourceFormat;
  /** Same length as the lines of `text`; null where the format says nothing. */
  hints: (LineHint | null)[];
  /** E-mail headers and document properties: metadata only, never release text. */
  meta: { subject?: string; from?: string; to?: string; sentAt?: string; title?: string };
}

export type DecodeResult = { ok: true; doc: DecodedDocument } | { ok: false; failure: ImportFailure; detail: string };

/** A piece of a raw line: the whole line, or the part left after cutting off a glued heading. */
export interface Segment {
  line: number;
  /** Offsets in the raw line (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** Lines learned from the library and from the user's choices, as keys made by `lineKey`. */
export interface LearnedLines {
  /** The user said "always drop this line". */
  alwaysDrop: ReadonlySet<string>;
  /** The user said "never drop this line" (restored it and asked to remember). */
  neverDrop: ReadonlySet<string>;
  /** How many earlier sources of the library contain the line (not counting this one). */
  recurring: ReadonlyMap<string, number>;
}

export const NO_LEARNED_LINES: LearnedLines = { alwaysDrop: new Set(), neverDrop: new Set(), recurring: new Map() };

/** The boilerplate stage's decision for one segment. */
export interface Verdict {
  segment: Segment;
  drop: boolean;
  /** Stable rule id (`bp-cookie-banner`, `bp-glued-heading`, `bp-learned-recurring`, `user`); null when kept by default. */
  rule: string | null;
  /** How sure the rule is, 0–1. */
  confidence: number;
}

/** A word list for one language: used to undo line-end hyphens (and, later, for hyphenation). */
export interface Lexicon {
  /** True when `word` is a known word form (case as given first, then lower-cased). */
  has(word: string): boolean;
}

/** How two consecutive segments of a paragraph were joined. */
export interface Join {
  kind: 'space' | 'hyphen-removed' | 'hyphen-kept' | 'none';
  /** Rule id of the dehyphenation cascade (`unwrap-lexicon-joined`, `unwrap-capital-next`…). */
  rule: string;
  /** Neither or both forms known: flagged for review instead of guessed silently. */
  doubtful: boolean;
}

/** A paragraph rebuilt from hard-wrapped segments. */
export interface Paragraph {
  segments: Segment[];
  /** `joins[i]` joins segments i and i+1. */
  joins: Join[];
  /** The joined text, whitespace at both ends trimmed, list marker removed. */
  text: string;
  /** Set when the first segment started with a list marker (`- `, `• `, `1. `). */
  list: 'bullet' | 'number' | null;
}

export interface UnwrapContext {
  lang: Language;
  lexicon: Lexicon;
  /** Per raw line, from the decoder (headings and list items are paragraphs of their own). */
  hints?: readonly (LineHint | null)[];
}

/** Everything the split stage is given besides the document. */
export interface SplitContext {
  /** Language when the text gives no clue. */
  defaultLanguage: Language;
  /**
   * The word list of a language, loaded by the caller on first use (the French one is large);
   * null means "no lexicon": the dehyphenation cascade's fallbacks apply.
   */
  lexicon: (lang: Language) => Lexicon | null;
  learned: LearnedLines;
  /** Lines the user forced somewhere in review. */
  overrides: LineOverrides;
}

/** The split of one import: the fields, the body, and the map of where each raw line went. */
export interface SplitOutcome {
  title: string | null;
  subtitle: string | null;
  dateline: string | null;
  /** YYYY-MM-DD, only when the text gives the release date with a year. */
  date: string | null;
  language: Language;
  /** Body paragraphs in order (subheadings and list items are their own), as plain text. */
  paragraphs: string[];
  /** The same body as Doc blocks (headings, list items, paragraphs). */
  blocks: Block[];
  quotes: Quote[];
  contacts: Contact[];
  /** Text of every dropped segment, in order. */
  dropped: string[];
  map: SplitMap;
}

/** Re-exported for stage modules. */
export type { Destination, LineOverrides };
