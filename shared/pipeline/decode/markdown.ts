// Markdown → lines with hints. Structure becomes hints; the text stays the text: list markers
// stay, `#` heading markers and emphasis markers go. Line by line, no backtracking regexes.
import type { LineHint } from '../model';

const FENCE = /^ {0,3}(?:```|~~~)/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:([-*+])|\d{1,9}[.)])[ \t]+\S/;
const QUOTE = /^ {0,3}> ?/;

/** `# Title #` → `Title`: the closing run of `#` goes when a space precedes it (CommonMark). */
function headingText(rest: string): string {
  let s = rest.trim();
  let end = s.length;
  while (end > 0 && s[end - 1] === '#') end--;
  if (end === 0) return '';
  if (end < s.length && (s[end - 1] === ' ' || s[end - 1] === '\t')) s = s.slice(0, end).trimEnd();
  return s;
}

/** Bold/italic when the whole line is one emphasis span: `**Sous-titre**`, `_Légende_`, `***Both***`. */
function wholeLineEmphasis(line: string): { bold?: boolean; italic?: boolean } | null {
  const t = line.trim();
  const m = /^(\*{1,3}|_{1,3})([^*_]+)(\*{1,3}|_{1,3})$/.exec(t);
  if (!m || m[1] !== m[3] || /^\s|\s$/.test(m[2]!)) return null;
  const n = m[1]!.length;
  return n === 3 ? { bold: true, italic: true } : n === 2 ? { bold: true } : { italic: true };
}

/**
 * Emphasis markers removed (`**gras**`, `__gras__`, `*italique*`, `_italique_`), links reduced
 * to their text, images dropped. `_` inside words (`snake_case`, URLs) and a lone `*` stay.
 */
export function stripInline(line: string): string {
  if (!/[*_[]/.test(line)) return line;
  return line
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2');
}

/** Markdown text (LF lines) → the same lines, markup removed, with their hints. Pure, linear. */
export function markdownLines(text: string): { text: string; hints: (LineHint | null)[] } {
  const lines = text.split('\n');
  const hints: (LineHint | null)[] = lines.map(() => null);
  let inCode = false;
  let paragraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      inCode = !inCode;
      paragraph = false;
      continue;
    }
    if (inCode) continue;
    if (line.trim() === '') {
      paragraph = false;
      continue;
    }
    if (paragraph && SETEXT.test(line) && hints[i - 1] === null) {
      hints[i - 1] = { kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2 };
      lines[i] = '';
      paragraph = false;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      paragraph = false;
      continue;
    }
    const atx = ATX.exec(line);
    let hint: LineHint | null = null;
    let content = line;
    if (atx) {
      hint = { kind: 'heading', level: atx[1]!.length };
      content = headingText(line.slice(atx[0].length));
    } else if (QUOTE.test(line)) {
      hint = { kind: 'blockquote' };
      content = line.replace(QUOTE, '');
    } else {
      const item = LIST_ITEM.exec(line);
      if (item) hint = { kind: 'list-item', list: item[1] ? 'bullet' : 'number' };
    }
    const emphasis = wholeLineEmphasis(hint?.kind === 'list-item' ? line.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, '') : content);
    if (emphasis) hint = { ...(hint ?? { kind: 'emphasis' }), ...emphasis };
    lines[i] = stripInline(content);
    hints[i] = hint;
    paragraph = hint === null || hint.kind === 'emphasis';
  }
  return { text: lines.join('\n'), hints };
}
