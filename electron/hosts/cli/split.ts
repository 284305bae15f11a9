import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Language } from '../../../shared/domain';
import { decodeDocument, NO_LEARNED_LINES, splitDocument, type SplitOutcome } from '../../../shared/pipeline';
import type { LexiconProvider } from '../../services/splitting';
import { EXIT, type CliIo } from './io';
import { runJsonl } from './jsonl';
import { readAll } from './stdin';

/** The JSON the `split` command prints: the shape, absent values null, snake_case keys. */
export function splitJson(split: SplitOutcome) {
  return {
    title: split.title,
    subtitle: split.subtitle,
    dateline: split.dateline,
    date: split.date,
    language: split.language,
    paragraphs: split.paragraphs,
    quotes: split.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    contacts: split.contacts.map((c) => ({
      name: c.name,
      organization: c.organization,
      role: c.role,
      phone: c.phone,
      phone_alt: c.phoneAlt,
      email: c.email,
    })),
    dropped: split.dropped,
  };
}

/** Decodes and splits one input; a refused input throws with its reason. */
export async function splitBytes(bytes: Uint8Array, name: string, lexicon: LexiconProvider, defaultLanguage: Language = 'fr') {
  const decoded = await decodeDocument({ name, bytes });
  if (!decoded.ok) throw new Error(`${decoded.failure}: ${decoded.detail}`);
  return splitJson(splitDocument(decoded.doc, { defaultLanguage, lexicon, learned: NO_LEARNED_LINES, overrides: {} }));
}

/**
 * `galley split [file|-] [--lang fr|en|es] [--jsonl]`: the split of one input as JSON, or of many
 * JSON lines (`{"id","input"}` / `{"id","input_base64"}`) as `{"id","output"}` lines. No library
 * is opened: the split depends only on the input.
 */
export async function runSplit(argv: readonly string[], io: CliIo, lexicon: LexiconProvider): Promise<number> {
  let values: { lang?: string; jsonl?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: { lang: { type: 'string' }, jsonl: { type: 'boolean' } }, allowPositionals: true, strict: true }));
  } catch (error) {
    io.err(`galley split: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const lang = values.lang === undefined ? 'fr' : Language.safeParse(values.lang).data;
  if (!lang) {
    io.err(`galley split: --lang must be fr, en or es\n`);
    return EXIT.usage;
  }
  if (values.jsonl) {
    const failures = await runJsonl(io, (input) => splitBytes(input.bytes, input.isText ? 'input.txt' : 'input', lexicon, input.lang ?? lang));
    return failures > 0 ? EXIT.failed : EXIT.ok;
  }
  const [file = '-'] = positionals;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readAll(io.stdin()) : new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    io.err(`galley split: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
  try {
    io.out(`${JSON.stringify(await splitBytes(bytes, file === '-' ? 'stdin' : path.basename(file), lexicon, lang), null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    io.err(`galley split: ${path.basename(file)} refused: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}
