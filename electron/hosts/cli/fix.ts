import { EXIT, type CliIo } from './io';
import { contextOf, parseTypoArgs, PROFILE_LIST, readInput, UsageError } from './typoArgs';
import { runTypoJsonl } from './typoJsonl';
import { fixText } from './typoText';

export const FIX_USAGE = `Usage: galley fix --lang fr|en|es [--profile p] [file|-] [--jsonl]

Prints the text with every typography suggestion of the profile applied. Each line is a block;
line breaks and blank lines are kept exactly. Reads standard input without a file or with "-".
  --lang fr|en|es     Language of the text (required, except with --jsonl lines giving "lang")
  --profile p         House style: ${PROFILE_LIST}
  --wide-nbsp         U+00A0 wherever the profile asks for U+202F (fonts without it)
  --disable id,…      Rules to switch off (repeatable)
  --jsonl             JSON lines {"id","lang","input"} (optional "profile") in; one
                      {"id","output"} line out per line, in order; a bad line gives {"id","error"}
Exit codes: 0 done, 1 some JSON lines failed, 2 wrong usage or unreadable input.
`;

/** `galley fix`: resolves with the exit code; never opens a library. */
export async function runFix(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseTypoArgs(argv, ['profile', 'wide-nbsp', 'disable']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`galley fix: ${error.message}\n\n${FIX_USAGE}`);
    return EXIT.usage;
  }
  if (args.help) return io.out(FIX_USAGE), EXIT.ok;
  if (args.jsonl) {
    const failures = await runTypoJsonl(io, args, (input) => ({ output: fixText(input.input, contextOf(args, input.lang, input.profile)) }));
    return failures > 0 ? EXIT.failed : EXIT.ok;
  }
  let text: string;
  try {
    text = await readInput(args.file, io);
  } catch (error) {
    io.err(`galley fix: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  io.out(fixText(text, contextOf(args, args.lang!)));
  return EXIT.ok;
}
