// Scoring of the held-out import set (tests/fixtures/heldout): field-by-field comparison of a
// split with its gold record, per-field tallies by language and a plain-text report. A measurement,
// not a gate: the test that uses it asserts only that the pipeline runs and maps every line.
import type { Contact } from '../../../../shared/domain';
import type { SplitOutcome } from '../../../../shared/pipeline';

export interface GoldContact {
  name: string | null;
  organization: string | null;
  phone: string | null;
  email: string | null;
  role?: string;
  phone_alt?: string;
}

export interface HeldoutGold {
  id: string;
  lang: 'fr' | 'en' | 'es';
  format: 'text' | 'html' | 'eml';
  source: string;
  encoding?: string;
  eol: 'lf' | 'crlf' | 'cr';
  expected: {
    title: string | null;
    subtitle?: string;
    dateline: string | null;
    date: string | null;
    paragraphs: string[];
    quotes: { text: string; speaker: string }[];
    contacts: GoldContact[];
  };
  features: string[];
  boilerplate_lines: string[];
  contact_block_lines: string[];
  description: string;
}

/** The fields scored, in report order; `language` and `lines` are extra measurements. */
export const FIELDS = ['title', 'subtitle', 'dateline', 'date', 'paragraphs', 'quotes', 'contacts', 'language', 'lines'] as const;
export type Field = (typeof FIELDS)[number];

export interface Failure {
  id: string;
  field: Field;
  detail: string;
  expected: string;
  got: string;
}

export interface CaseResult {
  id: string;
  lang: HeldoutGold['lang'];
  pass: Record<Field, boolean>;
  failures: Failure[];
}

const nfc = (s: string): string => s.normalize('NFC');
const collapse = (s: string): string => nfc(s).replace(/\s+/g, ' ').trim();
const json = (v: unknown): string => JSON.stringify(v);

/** The split's contacts in the gold record's shape (role and phone_alt only when present). */
export function contactOf(c: Contact): GoldContact {
  const out: GoldContact = { name: c.name, organization: c.organization, phone: c.phone, email: c.email };
  if (c.role !== null) out.role = c.role;
  if (c.phoneAlt !== null) out.phone_alt = c.phoneAlt;
  return out;
}

const nfcDeep = <T>(v: T): T => JSON.parse(JSON.stringify(v), (_k, x: unknown) => (typeof x === 'string' ? nfc(x) : x)) as T;

/** Where two paragraph lists part, in words a pipeline engineer can act on. */
function paragraphDetail(exp: string[], got: string[]): { detail: string; expected: string; got: string } {
  const expSet = new Set(exp);
  const gotSet = new Set(got);
  const extra = got.filter((p) => !expSet.has(p));
  const missing = exp.filter((p) => !gotSet.has(p));
  const i = exp.findIndex((p, k) => got[k] !== p);
  const at = i < 0 ? exp.length : i;
  let kind: string;
  if (missing.length === 0) kind = `extra paragraph(s): ${extra.length}`;
  else if (extra.length === 0) kind = `missing paragraph(s): ${missing.length}`;
  else if (got.length < exp.length) kind = 'paragraphs merged or lost';
  else if (got.length > exp.length) kind = 'paragraphs split or extra text';
  else kind = 'paragraph text differs';
  return {
    detail: `${kind} (expected ${exp.length}, got ${got.length}; first difference at #${at})`,
    expected: exp[at] ?? '(none)',
    got: got[at] ?? '(none)',
  };
}

/** Compares two lists of records; a failure shows the first entry that differs. */
function listCheck(check: (field: Field, ok: boolean, expected: unknown, got: unknown, detail?: string) => void, field: Field, exp: unknown[], got: unknown[]): void {
  if (json(exp) === json(got)) return check(field, true, null, null);
  const i = exp.findIndex((x, k) => json(x) !== json(got[k]));
  const at = i < 0 ? exp.length : i;
  check(field, false, exp[at] ?? '(none)', got[at] ?? '(none)', `expected ${exp.length}, got ${got.length}; first difference at #${at}`);
}

/** Compares one split with its gold record; `lines` is computed by the caller (it needs the raw). */
export function scoreCase(gold: HeldoutGold, split: SplitOutcome, lines: { ok: boolean; detail: string }): CaseResult {
  const e = gold.expected;
  const failures: Failure[] = [];
  const pass = {} as Record<Field, boolean>;
  const check = (field: Field, ok: boolean, expected: unknown, got: unknown, detail = ''): void => {
    pass[field] = ok;
    if (!ok) failures.push({ id: gold.id, field, detail, expected: typeof expected === 'string' ? expected : json(expected), got: typeof got === 'string' ? got : json(got) });
  };
  const title = split.title === null ? null : collapse(split.title);
  const goldTitle = e.title === null ? null : collapse(e.title);
  check('title', title === goldTitle, goldTitle, title);
  const subtitle = split.subtitle === null ? null : nfc(split.subtitle);
  const goldSubtitle = e.subtitle === undefined ? null : nfc(e.subtitle);
  check('subtitle', subtitle === goldSubtitle, goldSubtitle, subtitle);
  check('dateline', (split.dateline === null ? null : nfc(split.dateline)) === (e.dateline === null ? null : nfc(e.dateline)), e.dateline, split.dateline);
  check('date', split.date === e.date, e.date, split.date);
  const got = split.paragraphs.map(nfc);
  const exp = e.paragraphs.map(nfc);
  if (json(got) === json(exp)) pass.paragraphs = true;
  else {
    const d = paragraphDetail(exp, got);
    check('paragraphs', false, d.expected, d.got, d.detail);
  }
  listCheck(check, 'quotes', nfcDeep(e.quotes), nfcDeep(split.quotes));
  listCheck(check, 'contacts', nfcDeep(e.contacts), nfcDeep(split.contacts.map(contactOf)));
  check('language', split.language === gold.lang, gold.lang, split.language);
  check('lines', lines.ok, 'boilerplate lines dropped, contact-block lines in the contact block', lines.detail, 'line destinations');
  return { id: gold.id, lang: gold.lang, pass, failures };
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The score table (all / fr / en / es per field) followed by every failure, truncated. */
export function formatReport(results: CaseResult[], header: string): string {
  const langs = ['fr', 'en', 'es'] as const;
  const count = (rs: CaseResult[], f: Field): string => `${rs.filter((r) => r.pass[f]).length}/${rs.length}`;
  const pad = (s: string, n: number): string => s.padEnd(n);
  const out: string[] = [header, ''];
  out.push(`${pad('field', 12)}${pad('all', 8)}${langs.map((l) => pad(l, 8)).join('')}`);
  for (const f of FIELDS) {
    const label = f === 'language' || f === 'lines' ? `${f}*` : f;
    out.push(`${pad(label, 12)}${pad(count(results, f), 8)}${langs.map((l) => pad(count(results.filter((r) => r.lang === l), f), 8)).join('')}`);
  }
  const perfect = results.filter((r) => FIELDS.slice(0, 7).every((f) => r.pass[f])).length;
  out.push(`${pad('all 7 fields', 12)}${perfect}/${results.length}`);
  out.push('* extra measurements: detected language, and the boilerplate/contact-block line lists of each case.');
  out.push('', 'Failures', '--------');
  for (const r of results) {
    for (const f of r.failures) {
      out.push(`[${f.id}] ${f.field}${f.detail ? ` — ${f.detail}` : ''}`);
      out.push(`    expected: ${clip(f.expected, 300)}`);
      out.push(`    got:      ${clip(f.got, 300)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
