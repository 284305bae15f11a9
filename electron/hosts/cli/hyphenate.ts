import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../shared/domain';
import { hyphenate } from '../../../shared/pipeline/hyphenation';
import type { Lexicon } from '../../../shared/pipeline/model';
import { createLexiconProvider } from '../../services/lexicon';
import { EXIT, type CliIo } from './io';
import { parseTypoArgs, readInput, UsageError } from './typoArgs';
import { runTypoJsonl } from './typoJsonl';

export const HYPHENATE_USAGE = `Usage: galley hyphenate --lang fr|en|es [--exceptions file] [file|-] [--jsonl]

Prints the text with soft hyphens (U+00AD) inserted where the house rules allow a break, and no
other change. Reads standard input without a file or with "-".
  --lang fr|en|es     Language of the text (required, except with --jsonl lines giving "lang")
  --exceptions file   The office's exception list, one word per line: "Bangui" never breaks,
                      "Ban-gui" breaks only there
  --jsonl             JSON lines {"id","lang","input"} in; one {"id","output"} line out per line,
                      in order; a bad line gives {"id","error"}
Exit codes: 0 done, 1 some JSON lines failed, 2 wrong usage or unreadable input.
`;

type Provider = (lang: Language) => Lexicon | null;

function readExceptions(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r\n|\n|\r/)
    .map((w) => w.trim())
    .filter((w) => w !== '' && !w.startsWith('#'));
}

/**
 * `galley hyphenate`: resolves with the exit code; never opens a library. `lexicon` (the word lists
 * of dist/lexicon by default, loaded on first use) tells a sentence's first word from a name.
 */
export async function runHyphenate(argv: readonly string[], io: CliIo, lexicon?: Provider): Promise<number> {
  let args;
  let exceptions: string[] = [];
  try {
    args = parseTypoArgs(argv, ['exceptions']);
    if (args.exceptions !== undefined) {
      try {
        exceptions = readExceptions(args.exceptions);
      } catch (error) {
        throw new UsageError(`cannot read the exception list: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`galley hyphenate: ${error.message}\n\n${HYPHENATE_USAGE}`);
    return EXIT.usage;
  }
  if (args.help) return io.out(HYPHENATE_USAGE), EXIT.ok;
  const words = lexicon ?? createLexiconProvider(path.join(io.root, 'dist', 'lexicon'), { log: (line) => io.err(`galley: ${line}\n`) });
  const run = (text: string, lang: Language) => {
    const known = words(lang);
    return hyphenate(text, lang, { exceptions, ...(known ? { isKnownWord: (w: string) => known.has(w) } : {}) });
  };
  if (args.jsonl) {
    const failures = await runTypoJsonl(io, args, (input) => ({ output: run(input.input, input.lang) }));
    return failures > 0 ? EXIT.failed : EXIT.ok;
  }
  let text: string;
  try {
    text = await readInput(args.file, io);
  } catch (error) {
    io.err(`galley hyphenate: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  io.out(run(text, args.lang!));
  return EXIT.ok;
}
