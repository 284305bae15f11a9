import type { LineHint } from '../../model';

/** How strongly a hint describes a line: chrome wins over everything, then structure. */
const RANK: Record<LineHint['kind'], number> = { chrome: 5, heading: 4, caption: 3, blockquote: 2, 'list-item': 1, emphasis: 0 };

/** What the flattener knows about the text it appends. */
export interface TextStyle {
  hint: LineHint | null;
  bold: boolean;
  italic: boolean;
}

/** HTML whitespace (not U+00A0: a no-break space is text). */
const WS = /[ \t\n\r\f]+/g;

const isHtmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** HTML whitespace trimmed at the end (and at the start unless `start` is false), by a scan: no regex backtracking. */
function trimHtml(s: string, start: boolean): string {
  let a = 0;
  let b = s.length;
  while (b > 0 && isHtmlSpace(s.charCodeAt(b - 1))) b--;
  if (start) while (a < b && isHtmlSpace(s.charCodeAt(a))) a++;
  return s.slice(a, b);
}

/**
 * Builds the lines of a flattened document: text is appended with its style, `breakLine` ends a
 * line (`<br>`), `block` ends a block (a blank line before the next text). Lines are trimmed;
 * a line of spaces only is not kept. Each kept line gets one hint (the strongest seen in it),
 * plus bold/italic when all of its letters were.
 */
export class LineBuilder {
  readonly lines: string[] = [];
  readonly hints: (LineHint | null)[] = [];
  private buf = '';
  private hint: LineHint | null = null;
  private chars = 0;
  private boldChars = 0;
  private italicChars = 0;
  private blank = false;
  /** The line came from <pre>: its indentation is text. */
  private pre = false;

  /** Appends text with HTML whitespace collapsed (or kept as is for <pre>: its line breaks end lines). */
  text(data: string, style: TextStyle, pre = false): void {
    if (pre) {
      const parts = data.split(/\r\n?|\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.breakLine(true);
        this.pre = true;
        this.append(part, style);
      });
      return;
    }
    let s = data.replace(WS, ' ');
    if (s === ' ' && (this.buf === '' || this.buf.endsWith(' '))) return;
    if (this.buf.endsWith(' ') && s.startsWith(' ')) s = s.slice(1);
    this.append(s, style);
  }

  private append(s: string, style: TextStyle): void {
    if (s === '') return;
    const visible = s.replace(/\s+/g, '').length;
    if (visible > 0) {
      this.chars += visible;
      if (style.bold) this.boldChars += visible;
      if (style.italic) this.italicChars += visible;
      if (style.hint && (this.hint === null || RANK[style.hint.kind] > RANK[this.hint.kind])) this.hint = style.hint;
    }
    this.buf += s;
  }

  /** Ends the current line (`<br>`); `keepEmpty` keeps an empty one (a blank line inside <pre>, a second <br>). */
  breakLine(keepEmpty = false): void {
    const line = trimHtml(this.buf, !this.pre);
    if (line.trim() !== '') {
      if (this.blank && this.lines.length > 0) this.push('', null);
      this.push(line, this.finalHint());
      this.blank = false;
    } else if (keepEmpty && this.lines.length > 0) {
      this.blank = true;
    }
    this.buf = '';
    this.pre = false;
    this.hint = null;
    this.chars = this.boldChars = this.italicChars = 0;
  }

  /** Ends a block: the next text starts a new line after one blank line. */
  block(): void {
    this.breakLine();
    if (this.lines.length > 0) this.blank = true;
  }

  private finalHint(): LineHint | null {
    const bold = this.chars > 0 && this.boldChars === this.chars;
    const italic = this.chars > 0 && this.italicChars === this.chars;
    if (!bold && !italic) return this.hint;
    const base: LineHint = this.hint ? { ...this.hint } : { kind: 'emphasis' };
    if (bold) base.bold = true;
    if (italic) base.italic = true;
    return base;
  }

  private push(line: string, hint: LineHint | null): void {
    this.lines.push(line);
    this.hints.push(hint);
  }
}
