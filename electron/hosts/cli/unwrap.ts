import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Language } from '../../../shared/domain';
import { decodeDocument } from '../../../shared/pipeline/decode';
import type { Lexicon, LineHint } from '../../../shared/pipeline/model';
import { detectLanguage } from '../../../shared/pipeline/split/language';
import { NO_LEXICON, unwrapText } from '../../../shared/pipeline/unwrap';
import { createLexiconProvider } from '../../services/lexicon';
import { EXIT, type CliIo } from './io';
import { runJsonl } from './jsonl';
import { readAll } from './stdin';

export const UNWRAP_USAGE = `Usage: galley unwrap [file|-] [--lang fr|en|es] [--jsonl]

Prints the text with hard wraps and line-end hyphens resolved, paragraphs separated by one
blank line (the unwrap stage alone). Reads standard input without a file or with "-".
  --lang fr|en|es   Language of the text (default: detected)
  --jsonl           JSON lines {"id","input"} or {"id","input_base64"} (bytes), with an optional
                    "lang", in; one {"id","output"} line out per line, in order
`;

type Provider = (lang: Language) => Lexicon | null;

/** The text of some bytes, as the decoder reads a file (encoding, format); empty bytes give ''. */
async function textOf(bytes: Uint8Array, name: string): Promise<{ text: string; hints: readonly (LineHint | null)[] | undefined }> {
  const decoded = await decodeDocument({ name, bytes });
  if (decoded.ok) return { text: decoded.doc.text, hints: decoded.doc.hints };
  if (decoded.failure === 'empty') return { text: '', hints: undefined };
  throw new Error(`${decoded.failure}: ${decoded.detail}`);
}

function unwrapWith(text: string, hints: readonly (LineHint | null)[] | undefined, lang: Language | null, lexicon: Provider): string {
  const language = lang ?? detectLanguage(text, 'fr');
  return unwrapText(text, { lang: language, lexicon: lexicon(language) ?? NO_LEXICON, hints });
}

/**
 * `galley unwrap [file|-] [--lang fr|en|es] [--jsonl]`. `lexicon` defaults to the word lists of
 * the checkout (dist/lexicon, else built from node_modules), loaded per language on first use.
 * Resolves with the exit code: 0, 1 when an input was refused, 2 on wrong usage.
 */
export async function runUnwrap(argv: readonly string[], io: CliIo, lexicon?: Provider): Promise<number> {
  let values: { lang?: string; jsonl?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { lang: { type: 'string' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    io.err(`galley unwrap: ${(error as Error).message}\n\n${UNWRAP_USAGE}`);
    return EXIT.usage;
  }
  if (values.help) return io.out(UNWRAP_USAGE), EXIT.ok;
  const lang = values.lang === undefined ? null : (Language.safeParse(values.lang).data ?? undefined);
  if (lang === undefined) {
    io.err('galley unwrap: --lang must be fr, en or es\n');
    return EXIT.usage;
  }
  if (positionals.length > 1 || (values.jsonl && positionals.length > 0 && positionals[0] !== '-')) {
    io.err(`galley unwrap: one input at most (${values.jsonl ? '--jsonl reads standard input' : 'a file or -'})\n`);
    return EXIT.usage;
  }
  const words = lexicon ?? createLexiconProvider(path.join(io.root, 'dist', 'lexicon'), { log: (line) => io.err(`galley: ${line}\n`) });
  if (values.jsonl) {
    const failures = await runJsonl(io, async (input) => {
      const { text, hints } = input.isText ? { text: new TextDecoder().decode(input.bytes), hints: undefined } : await textOf(input.bytes, 'input');
      return unwrapWith(text, hints, input.lang ?? lang, words);
    });
    return failures > 0 ? EXIT.failed : EXIT.ok;
  }
  const [file = '-'] = positionals;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readAll(io.stdin()) : new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    io.err(`galley unwrap: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
  try {
    const { text, hints } = await textOf(bytes, file === '-' ? 'stdin' : path.basename(file));
    const out = unwrapWith(text, hints, lang, words);
    if (out !== '') io.out(`${out}\n`);
    return EXIT.ok;
  } catch (error) {
    io.err(`galley unwrap: ${file === '-' ? 'standard input' : path.basename(file)} refused: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}
