// The typography stage's vocabulary: rules as data, suggestions over a block's text, profiles.
// See ../shared/design/TYPOGRAPHY.md for what correct means; the engine is typography.ts.
import type { Language } from '../../domain/ids';

export type TypoLang = Language;
/** The language explanations are written in (the UI language). */
export type UiLang = Language;

/** The norm a rule follows, named in the explanation panel. */
export type Norm = 'Imprimerie nationale' | 'OQLF' | 'Suisse romande' | 'RAE' | 'Chicago' | 'AP' | 'Unicode';

/** What kind of block a text is: rules that only make sense in prose skip the others. */
export type BlockKind = 'paragraph' | 'heading' | 'title' | 'list-item' | 'quote' | 'dateline' | 'contact';

/**
 * A correction the user may apply: replace `text.slice(start, end)` with `replacement`.
 * Suggestions of one call never overlap. Suggestions sharing a `group` belong together (the
 * opening and closing quote of one pair) and are applied or ignored together.
 */
export interface Suggestion {
  ruleId: string;
  start: number;
  end: number;
  replacement: string;
  /** One-line explanation in the UI language. */
  message: string;
  group?: string;
}

/** An edit a rule proposes over the (masked) working text. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  /** Edits of one rule with the same key form one suggestion group (e.g. a quote pair). */
  group?: string;
}

/** Typographic choices a profile makes; rules read them rather than hard-coding characters. */
export interface TypoEnv {
  /** The narrow no-break space, or U+00A0 for targets whose fonts lack U+202F. */
  readonly nnbsp: string;
  /** The no-break space U+00A0. */
  readonly nbsp: string;
  /** French: what goes before ; ! ? ('' in Québec, else the narrow no-break space). */
  readonly beforeDoublePunct: string;
  /** French: what goes before : (U+00A0 in France and Québec, the narrow one in Switzerland). */
  readonly beforeColon: string;
  /** French: what goes inside « » (narrow no-break space; Québec: U+00A0). */
  readonly insideGuillemets: string;
  /** English: spaced em dashes (AP) instead of closed ones (Chicago). */
  readonly spacedEmDash: boolean;
  /** The kind of block the text is. */
  readonly block: BlockKind;
}

/** What a rule sees of one pass: the working text with protected spans masked, and its settings. */
export interface RuleInput {
  /** Working text; protected characters are replaced by MASK so that no rule matches in them. */
  readonly text: string;
  readonly env: TypoEnv;
  /** The language in force at a working-text offset (a quoted passage may differ from the release). */
  langAt(offset: number): TypoLang;
}

interface RuleBase {
  /** Stable kebab-case id, prefixed with its language (`fr-`, `en-`, `es-`) or `typo-` when shared. */
  readonly id: string;
  readonly langs: readonly TypoLang[];
  readonly norm: Norm;
  /** Short explanation per UI language. */
  readonly message: Readonly<Record<UiLang, string>>;
  /** Safe rules may be applied in bulk without reading each suggestion (spacing, apostrophes…). */
  readonly safe: boolean;
  /** Profiles the rule is limited to; all profiles of its languages when absent. */
  readonly profiles?: readonly string[];
  /** Block kinds the rule skips (e.g. grouping digits in a contact line). */
  readonly skip?: readonly BlockKind[];
  /**
   * A cheap test on the working text: when it returns false the rule cannot match and is skipped
   * (e.g. the etc. rule on a paragraph without "etc"). Only for speed; never changes a result.
   */
  readonly when?: (text: string) => boolean;
  /** Input → output pairs (documentation, and tested). */
  readonly examples?: readonly (readonly [string, string])[];
}

/** A rule written as a regular expression (global flag) and a replacement for each match. */
export interface RegexRule extends RuleBase {
  readonly find: RegExp;
  /** The whole match's replacement, or null to leave the match alone. */
  readonly fix: (m: RegExpExecArray, input: RuleInput) => string | null;
}

/** A rule that needs to see the whole text (quote pairing, opening ¿ ¡). */
export interface ScanRule extends RuleBase {
  readonly scan: (input: RuleInput) => readonly Edit[];
}

export type TypoRule = RegexRule | ScanRule;

/** A house style: which rules run and with which characters. */
export interface TypoProfile {
  readonly id: string;
  readonly lang: TypoLang;
  readonly label: Readonly<Record<UiLang, string>>;
  readonly norm: Norm;
  readonly env: Omit<TypoEnv, 'block' | 'nnbsp' | 'nbsp'>;
}

export interface TypoContext {
  /** Language of the release (a quoted passage in another language keeps its own typography). */
  lang: TypoLang;
  /** Profile id for the release language; its default profile when absent. */
  profile?: string;
  /** Use U+00A0 wherever the profile asks for U+202F. */
  wideNbsp?: boolean;
  /** Rule ids switched off in settings. */
  disabled?: readonly string[];
  /** Language of the explanations; the release language when absent. */
  ui?: UiLang;
  block?: BlockKind;
  /** Only rules marked safe (bulk application from the library). */
  safeOnly?: boolean;
}

/** Private-use character standing for a protected character in the working text. */
export const MASK = '\uE000';

/** A span of the original text no rule may change. */
export interface Span {
  start: number;
  end: number;
}
