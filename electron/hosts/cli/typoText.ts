// The typography engine over a plain text file: each line is a block (a text file has no other
// structure a web team's CI could rely on); blank lines and line ends (\n, \r\n, \r) are kept.
import { applySuggestions, suggestTypography, type TypoContext } from '../../../shared/pipeline/typography';

/** A suggestion as `galley check` reports it. */
export interface LineSuggestion {
  /** 1-based line number. */
  line: number;
  /** 1-based column, in characters (code points) of the original line. */
  col: number;
  ruleId: string;
  message: string;
  /** Offsets in the whole input (UTF-16 code units, as JavaScript strings count them). */
  start: number;
  end: number;
  replacement: string;
}

interface Line {
  text: string;
  /** The line end after it ('' for the last line without one). */
  eol: string;
  /** Offset of the line in the whole text. */
  at: number;
}

/** The lines of `text` with their line ends and offsets. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(at, m.index), eol: m[0], at });
    at = m.index + m[0].length;
  }
  if (at < text.length) lines.push({ text: text.slice(at), eol: '', at });
  return lines;
}

/** `text` with every suggestion of `ctx` applied, line by line; line ends untouched. */
export function fixText(text: string, ctx: TypoContext): string {
  return linesOf(text)
    .map((l) => applySuggestions(l.text, suggestTypography(l.text, ctx)) + l.eol)
    .join('');
}

/** Every suggestion of `ctx` over `text`, in order, located by line and column. */
export function checkText(text: string, ctx: TypoContext): LineSuggestion[] {
  const out: LineSuggestion[] = [];
  linesOf(text).forEach((l, i) => {
    for (const s of suggestTypography(l.text, ctx)) {
      out.push({
        line: i + 1,
        col: [...l.text.slice(0, s.start)].length + 1,
        ruleId: s.ruleId,
        message: s.message,
        start: l.at + s.start,
        end: l.at + s.end,
        replacement: s.replacement,
      });
    }
  });
  return out;
}

/** `line:col rule-id message`, the line `galley check` prints. */
export function checkLine(s: LineSuggestion): string {
  return `${s.line}:${s.col} ${s.ruleId} ${s.message}`;
}
