import { EXIT, type CliIo } from './io';
import { contextOf, parseTypoArgs, PROFILE_LIST, readInput, UsageError } from './typoArgs';
import { runTypoJsonl } from './typoJsonl';
import { checkLine, checkText } from './typoText';

export const CHECK_USAGE = `Usage: galley check --lang fr|en|es [--profile p] [--ui fr|en|es] [file|-] [--jsonl]

Prints one line per typography suggestion, "line:col rule-id message" (1-based line and column,
the column counted in characters of the line), and exits 1 if there is any: usable in CI.
  --lang fr|en|es     Language of the text (required, except with --jsonl lines giving "lang")
  --profile p         House style: ${PROFILE_LIST}
  --ui fr|en|es       Language of the messages (default: en)
  --wide-nbsp         U+00A0 wherever the profile asks for U+202F (fonts without it)
  --disable id,…      Rules to switch off (repeatable)
  --jsonl             JSON lines {"id","lang","input"} (optional "profile") in; one line out per
                      line: {"id","suggestions":[{"line","col","ruleId","message","start","end",
                      "replacement"}]} (start/end: offsets in "input", UTF-16 code units), or
                      {"id","error"} for a bad line
Exit codes: 0 no suggestion, 1 suggestions (or a failed JSON line), 2 wrong usage or unreadable input.
`;

/** `galley check`: resolves with the exit code; never opens a library. */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseTypoArgs(argv, ['profile', 'ui', 'wide-nbsp', 'disable']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`galley check: ${error.message}\n\n${CHECK_USAGE}`);
    return EXIT.usage;
  }
  if (args.help) return io.out(CHECK_USAGE), EXIT.ok;
  if (args.jsonl) {
    let found = 0;
    const failures = await runTypoJsonl(io, args, (input) => {
      const suggestions = checkText(input.input, contextOf(args, input.lang, input.profile));
      found += suggestions.length;
      return { suggestions };
    });
    return failures > 0 || found > 0 ? EXIT.failed : EXIT.ok;
  }
  let text: string;
  try {
    text = await readInput(args.file, io);
  } catch (error) {
    io.err(`galley check: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const suggestions = checkText(text, contextOf(args, args.lang!));
  for (const s of suggestions) io.out(`${checkLine(s)}\n`);
  return suggestions.length > 0 ? EXIT.failed : EXIT.ok;
}
