import { Language } from '../../../shared/domain';
import type { CliIo } from './io';
import { readLines } from './stdin';

/** One input of `--jsonl`: text, or bytes as base64, with an optional language. */
export interface JsonlInput {
  id: unknown;
  bytes: Uint8Array;
  /** True when the input was given as text (`input`), false for bytes (`input_base64`). */
  isText: boolean;
  lang: Language | null;
}

/** A `--jsonl` line as an object with its id (null when absent), or why it is not one. */
export function parseJsonObject(line: string): { o: Record<string, unknown>; id: unknown } | { id: null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not a JSON object' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  return { o, id: o.id ?? null };
}

function parseLine(line: string): JsonlInput | { id: unknown; error: string } {
  const parsed = parseJsonObject(line);
  if ('error' in parsed) return parsed;
  const { o, id } = parsed;
  const lang = o.lang === undefined || o.lang === null ? null : Language.safeParse(o.lang).data;
  if (lang === undefined) return { id, error: `unknown lang ${JSON.stringify(o.lang)} (fr, en or es)` };
  if (typeof o.input === 'string') return { id, bytes: new TextEncoder().encode(o.input), isText: true, lang };
  if (typeof o.input_base64 === 'string') return { id, bytes: new Uint8Array(Buffer.from(o.input_base64, 'base64')), isText: false, lang };
  return { id, error: 'needs "input" (text) or "input_base64" (bytes)' };
}

/**
 * Runs `work` on each JSON line of standard input and writes one `{"id","output"}` line per
 * input line, in order, as it goes; a bad line or a failure gives `{"id","error"}` and the run
 * goes on. Resolves with how many lines failed.
 */
export async function runJsonl(io: CliIo, work: (input: JsonlInput) => Promise<unknown>): Promise<number> {
  let failures = 0;
  for await (const line of readLines(io.stdin())) {
    if (line.trim() === '') continue;
    const input = parseLine(line);
    if ('error' in input) {
      failures++;
      io.out(`${JSON.stringify({ id: input.id, error: input.error })}\n`);
      continue;
    }
    try {
      io.out(`${JSON.stringify({ id: input.id, output: await work(input) })}\n`);
    } catch (error) {
      failures++;
      io.out(`${JSON.stringify({ id: input.id, error: error instanceof Error ? error.message : String(error) })}\n`);
    }
  }
  return failures;
}
