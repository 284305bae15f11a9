// Joining two wrapped lines of one paragraph: an ordinary wrap becomes one space; a line-end
// hyphen goes through the cascade of hyphen.rules.ts.
import type { Language } from '../../domain';
import type { Join, Lexicon } from '../model';
import { ELISION, HYPHEN_RULES, WRAP_RULE, type HyphenCase, type HyphenRule } from './hyphen.rules';
import type { TextWords } from './vocabulary';

export interface JoinContext {
  lang: Language;
  lexicon: Lexicon;
  /** The words the document writes elsewhere (the cascade's `unwrap-text-*` rules). */
  seen?: TextWords;
}

/** Line-end characters that may split a word: hyphen-minus, U+2010 HYPHEN, soft hyphen. */
const MARKS = new Set(['-', '\u2010', '\u00AD']);
/** Only the ends of the lines are looked at: a 5 MB line costs no more than a short one. */
const WINDOW = 200;
const WORD_END = /[\p{L}\p{M}'’]+(?:[-\u2010][\p{L}\p{M}'’]+)*$/u;
const WORD_START = /^[\p{L}\p{M}'’]+(?:[-\u2010][\p{L}\p{M}'’]+)*/u;
const NO_BREAK_SPACE_END = /[\u00A0\u2007\u202F]$/u;

/** True when `word` is known as written, or once an elided article is taken off (`l’organisation`). */
function knownWord(word: string, ctx: JoinContext): boolean {
  if (word === '') return false;
  if (ctx.lexicon.has(word)) return true;
  const elision = ELISION[ctx.lang];
  if (elision === null) return false;
  const bare = word.replace(elision, '');
  return bare !== word && bare !== '' && ctx.lexicon.has(bare);
}

class Case implements HyphenCase {
  readonly before: string;
  readonly leftWord: string;
  readonly leftPart: string;
  readonly rightWord: string;
  readonly rightPart: string;
  readonly leftToken: string;
  readonly rightToken: string;
  private memo = new Map<string, boolean>();

  constructor(
    private readonly ctx: JoinContext,
    readonly left: string,
    readonly right: string,
    readonly mark: string,
  ) {
    const tail = left.slice(-WINDOW);
    const head = right.slice(0, WINDOW);
    this.before = tail.slice(-1);
    this.leftWord = (WORD_END.exec(tail)?.[0] ?? '').replace(/^['’]+/, '');
    this.leftPart = this.leftWord.split(/[-\u2010]/).pop() ?? '';
    this.rightWord = (WORD_START.exec(head)?.[0] ?? '').replace(/['’]+$/, '');
    this.rightPart = this.rightWord.split(/[-\u2010]/)[0] ?? '';
    this.leftToken = /\S*$/.exec(tail)?.[0] ?? '';
    this.rightToken = /^\S*/.exec(head)?.[0] ?? '';
  }

  get lang(): Language {
    return this.ctx.lang;
  }

  private known(word: string): boolean {
    let v = this.memo.get(word);
    if (v === undefined) this.memo.set(word, (v = knownWord(word, this.ctx)));
    return v;
  }

  private inText(word: string): boolean {
    return this.ctx.seen !== undefined && this.ctx.seen.has(word);
  }

  get hyphenatedInText(): boolean {
    const { leftPart: l, rightPart: r } = this;
    return l !== '' && r !== '' && this.inText(`${l}-${r}`);
  }

  get joinedInText(): boolean {
    return this.leftPart !== '' && this.rightPart !== '' && this.inText(this.leftPart + this.rightPart);
  }

  get hyphenatedKnown(): boolean {
    const { leftPart: l, rightPart: r, leftWord: L, rightWord: R } = this;
    if (l === '' || r === '') return false;
    // The whole runs too: `arc-en-⏎ciel` is known only as `arc-en-ciel`.
    return this.known(`${l}-${r}`) || ((L !== l || R !== r) && this.known(`${L}-${R}`));
  }

  get joinedKnown(): boolean {
    return this.leftPart !== '' && this.rightPart !== '' && this.known(this.leftPart + this.rightPart);
  }

  get leftIsWord(): boolean {
    return this.known(this.leftPart);
  }

  get rightIsWord(): boolean {
    return this.known(this.rightPart);
  }
}

/** The first cascade rule that holds for a left line ending in `mark` (rules for other languages skipped). */
export function decideHyphen(left: string, right: string, mark: string, ctx: JoinContext): HyphenRule {
  const c = new Case(ctx, left, right, mark);
  for (const rule of HYPHEN_RULES) if (rule.langs.includes(ctx.lang) && rule.test(c)) return rule;
  // The cascade's last rule always holds; this satisfies the compiler.
  return HYPHEN_RULES[HYPHEN_RULES.length - 1]!;
}

/** How to glue line b after line a: characters cut from the end of a and the start of b, and the separator. */
export interface Glue {
  join: Join;
  cutEnd: number;
  sep: string;
  cutStart: number;
}

/**
 * How two lines of one paragraph join, both already trimmed of indentation and trailing spaces:
 * an ordinary wrap is one space, a line-end hyphen goes through the cascade. Pure; looks only at
 * the ends of the lines, so a paragraph of any length is joined in linear time.
 */
export function glueLines(a: string, b: string, ctx: JoinContext): Glue {
  const mark = a.slice(-1);
  if (a === '' || b === '') return { join: { kind: 'none', rule: WRAP_RULE, doubtful: false }, cutEnd: 0, sep: '', cutStart: 0 };
  if (!MARKS.has(mark)) {
    // A line ending in a no-break space already has its space (`«\u00A0⏎Nouveaux`).
    const sep = NO_BREAK_SPACE_END.test(a) ? '' : ' ';
    return { join: { kind: 'space', rule: WRAP_RULE, doubtful: false }, cutEnd: 0, sep, cutStart: 0 };
  }
  const rule = decideHyphen(a.slice(-WINDOW - 1, -1), b, mark, ctx);
  const join = (kind: Join['kind']): Join => ({ kind, rule: rule.id, doubtful: rule.doubtful });
  switch (rule.outcome) {
    case 'join':
      return { join: join('hyphen-removed'), cutEnd: 1, sep: '', cutStart: 0 };
    case 'keep':
      return { join: join('hyphen-kept'), cutEnd: 0, sep: '', cutStart: 0 };
    case 'one-hyphen':
      return { join: join('hyphen-kept'), cutEnd: 0, sep: '', cutStart: 1 };
    case 'space':
      return { join: join('space'), cutEnd: 0, sep: ' ', cutStart: 0 };
  }
}

/** Joins lines already known to form one paragraph; `joins[i]` joins lines i and i+1. Pure. */
export function joinLines(lines: readonly string[], ctx: JoinContext): { text: string; joins: Join[] } {
  const joins: Join[] = [];
  const parts: string[] = [];
  let cutStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i + 1 < lines.length) {
      const g = glueLines(line, lines[i + 1]!, ctx);
      joins.push(g.join);
      parts.push(line.slice(cutStart, line.length - g.cutEnd), g.sep);
      cutStart = g.cutStart;
    } else parts.push(line.slice(cutStart));
  }
  return { text: parts.join(''), joins };
}
