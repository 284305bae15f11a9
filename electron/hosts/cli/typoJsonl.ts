// `--jsonl` for the text commands: {"id","lang","input"} lines in (lang optional with --lang,
// "profile" optional), one line out per line in, in order, as it goes.
import { Language } from '../../../shared/domain';
import type { CliIo } from './io';
import { parseJsonObject } from './jsonl';
import { readLines } from './stdin';
import { knownProfile, type TypoArgs } from './typoArgs';

export interface TypoJsonlInput {
  id: unknown;
  lang: Language;
  input: string;
  /** The line's profile, else --profile when the line is in --lang's language. */
  profile: string | undefined;
}

function parseLine(line: string, args: TypoArgs): TypoJsonlInput | { id: unknown; error: string } {
  const parsed = parseJsonObject(line);
  if ('error' in parsed) return parsed;
  const { o, id } = parsed;
  const lang = o.lang === undefined || o.lang === null ? args.lang : Language.safeParse(o.lang).data;
  if (!lang) return { id, error: o.lang === undefined || o.lang === null ? 'needs "lang" (fr, en or es) or --lang' : `unknown lang ${JSON.stringify(o.lang)} (fr, en or es)` };
  if (typeof o.input !== 'string') return { id, error: 'needs "input" (text)' };
  if (o.profile !== undefined && (typeof o.profile !== 'string' || !knownProfile(lang, o.profile))) {
    return { id, error: `unknown profile ${JSON.stringify(o.profile)} for ${lang}` };
  }
  const profile = typeof o.profile === 'string' ? o.profile : lang === args.lang ? args.profile : undefined;
  return { id, lang, input: o.input, profile };
}

/**
 * Runs `work` on each JSON line of standard input and writes `{"id", ...work's fields}` per line;
 * a bad line or a failure gives `{"id","error"}` and the run goes on. Resolves with how many
 * lines failed.
 */
export async function runTypoJsonl(io: CliIo, args: TypoArgs, work: (input: TypoJsonlInput) => Record<string, unknown>): Promise<number> {
  let failures = 0;
  for await (const line of readLines(io.stdin())) {
    if (line.trim() === '') continue;
    const input = parseLine(line, args);
    if ('error' in input) {
      failures++;
      io.out(`${JSON.stringify({ id: input.id, error: input.error })}\n`);
      continue;
    }
    try {
      io.out(`${JSON.stringify({ id: input.id, ...work(input) })}\n`);
    } catch (error) {
      failures++;
      io.out(`${JSON.stringify({ id: input.id, error: error instanceof Error ? error.message : String(error) })}\n`);
    }
  }
  return failures;
}
