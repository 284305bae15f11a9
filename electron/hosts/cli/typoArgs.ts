// Options shared by `galley fix`, `check` and `hyphenate`: language, profile, UI language, input.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Language } from '../../../shared/domain';
import { decodeCharset } from '../../../shared/pipeline/decode';
import { DEFAULT_PROFILE, PROFILES, profilesOf, type TypoContext } from '../../../shared/pipeline/typography';
import type { CliIo } from './io';
import { readAll } from './stdin';

export interface TypoArgs {
  /** Language of every input (a JSON line may give its own). */
  lang: Language | null;
  profile: string | undefined;
  ui: Language;
  wideNbsp: boolean;
  disabled: string[];
  exceptions: string | undefined;
  jsonl: boolean;
  help: boolean;
  /** A file, or '-' for standard input. */
  file: string;
}

/** The profiles, for the usage texts: `fr-FR (default), fr-CA, fr-CH; en-chicago (default), …`. */
export const PROFILE_LIST = (['fr', 'en', 'es'] as const)
  .map((lang) => PROFILES.filter((p) => p.lang === lang).map((p) => (p.id === DEFAULT_PROFILE[lang] ? `${p.id} (default)` : p.id)).join(', '))
  .join('; ');

/** A usage mistake, worded for the user (the command prints it with its usage text). */
export class UsageError extends Error {}

const OPTIONS = {
  lang: { type: 'string' },
  profile: { type: 'string' },
  ui: { type: 'string' },
  'wide-nbsp': { type: 'boolean' },
  disable: { type: 'string', multiple: true },
  exceptions: { type: 'string' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function language(value: string | undefined, option: string): Language | null {
  if (value === undefined) return null;
  const lang = Language.safeParse(value).data;
  if (!lang) throw new UsageError(`${option} must be fr, en or es`);
  return lang;
}

/**
 * Parses the arguments of a text command. `extra` lists the options this command accepts beyond
 * --lang, --jsonl and --help. Throws UsageError.
 */
export function parseTypoArgs(argv: readonly string[], extra: readonly ('profile' | 'ui' | 'wide-nbsp' | 'disable' | 'exceptions')[]): TypoArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  for (const option of ['profile', 'ui', 'wide-nbsp', 'disable', 'exceptions'] as const) {
    if (values[option] !== undefined && !extra.includes(option)) throw new UsageError(`unknown option --${option}`);
  }
  const lang = language(values.lang, '--lang');
  if (values.help) return { lang, profile: undefined, ui: 'en', wideNbsp: false, disabled: [], exceptions: undefined, jsonl: false, help: true, file: '-' };
  if (!lang && !values.jsonl) throw new UsageError('--lang fr|en|es is required');
  if (values.profile !== undefined) {
    if (!lang) throw new UsageError('--profile needs --lang');
    const known = profilesOf(lang).map((p) => p.id);
    if (!known.includes(values.profile)) throw new UsageError(`unknown profile "${values.profile}" for ${lang} (${known.join(', ')})`);
  }
  if (positionals.length > 1 || (values.jsonl && positionals.length > 0 && positionals[0] !== '-')) {
    throw new UsageError(`one input at most (${values.jsonl ? '--jsonl reads standard input' : 'a file or -'})`);
  }
  return {
    lang,
    profile: values.profile,
    ui: language(values.ui, '--ui') ?? 'en',
    wideNbsp: values['wide-nbsp'] ?? false,
    disabled: (values.disable ?? []).flatMap((d) => d.split(',')).map((d) => d.trim()).filter((d) => d !== ''),
    exceptions: values.exceptions,
    jsonl: values.jsonl ?? false,
    help: false,
    file: positionals[0] ?? '-',
  };
}

/** The engine's context for one input: the command's options, the input's language and profile. */
export function contextOf(args: TypoArgs, lang: Language, profile = args.profile): TypoContext {
  return { lang, profile, wideNbsp: args.wideNbsp, disabled: args.disabled, ui: args.ui, block: 'paragraph' };
}

/** Whether `profile` is one of `lang`'s profiles. */
export function knownProfile(lang: Language, profile: string): boolean {
  return profilesOf(lang).some((p) => p.id === profile);
}

/**
 * The text of `file` or of standard input ('-'), in whatever encoding it is written (the import's
 * charset detection: BOMs, UTF-16, UTF-8, legacy encodings). Line ends are kept as they are.
 * Throws with a readable message for an unreadable file or binary content.
 */
export async function readInput(file: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readAll(io.stdin()) : new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
  const decoded = decodeCharset(bytes);
  if (!decoded.ok) throw new Error(`${file === '-' ? 'standard input' : file} is not text (${decoded.detail})`);
  return decoded.text;
}
