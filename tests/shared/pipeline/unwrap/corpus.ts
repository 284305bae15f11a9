import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../../shared/domain';
import type { Segment } from '../../../../shared/pipeline/model';
import { ROOT } from '../../../helpers/boot';

/** The corpus cases: the repository's copy when there is one, else the shared corpus beside it. */
const DIRS = [path.join(ROOT, 'tests', 'fixtures', 'corpus'), path.resolve(ROOT, '..', 'shared', 'corpus', 'cases')];

export interface CorpusCase {
  lang: Language;
  paragraphs: string[];
  /** The raw text, LF lines (these cases are UTF-8 or Latin-1: the decode stage is not under test). */
  lines: string[];
}

export function readCase(id: string): CorpusCase {
  const dir = DIRS.find((d) => fs.existsSync(path.join(d, `${id}.raw`)));
  if (!dir) throw new Error(`corpus case ${id} not found in ${DIRS.join(' or ')}`);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, `${id}.expected.json`), 'utf8')) as {
    lang: Language;
    encoding?: string;
    expected: { paragraphs: string[] };
  };
  const bytes = fs.readFileSync(path.join(dir, `${id}.raw`));
  const text = new TextDecoder(expected.encoding?.startsWith('iso-8859-1') ? 'latin1' : 'utf-8').decode(bytes);
  return { lang: expected.lang, paragraphs: expected.expected.paragraphs, lines: text.split(/\r\n|\r|\n/) };
}

/** Whole-line segments of the non-blank lines first..last (0-based, inclusive), minus `skip`. */
export function bodySegments(lines: readonly string[], first: number, last: number, skip: readonly number[] = []): Segment[] {
  const out: Segment[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    if (/\S/.test(line) && !skip.includes(i)) out.push({ line: i, start: 0, end: line.length, text: line });
  }
  return out;
}
