/**
 * Splits a source's text into lines the way an editor numbers them: CRLF, LF and a lone CR
 * each end a line; a final line break does not open an empty last line. Pure.
 */
export function sourceLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
