// Scaling benchmark: the pathological inputs of the pipeline's property tests (one huge line,
// hundreds of thousands of short lines, hostile markup, long runs of one unit), each timed at 1×
// and 5× its size in the same process after a warm-up. A linear stage takes about five times as
// long at 5×; a ratio above 12 is flagged as super-linear. 5× is the size the tests use (they
// check only that such inputs go through whole, never how fast). Prints figures only.
// BENCH_SCALE (default 1) multiplies every size, e.g. 0.2 for a quick look.
import { performance } from 'node:perf_hooks';
import type { DecodedDocument } from '../shared/pipeline';
import { NO_LEARNED_LINES, splitDocument } from '../shared/pipeline';
import { decodeDocument } from '../shared/pipeline/decode';
import { findContactBlock } from '../shared/pipeline/split/contacts';
import { parseDateline } from '../shared/pipeline/split/dateline';
import { extractQuotes } from '../shared/pipeline/split/quotes';
import { formatWordList, unwrapText, wordListLexicon } from '../shared/pipeline/unwrap';
import { diffWords } from '../renderer/features/editor/wordDiff';
import { ms } from './stats';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SUPER_LINEAR = 12;

/** One input ready to run: its size and the work to time (building it is not timed). */
interface Prepared {
  size: string;
  bytes: number;
  run: () => unknown;
}

/** A family of inputs: `make(n)` builds the input at n units (n1 at 1×, 5 × n1 at 5×). */
interface Family {
  group: string;
  name: string;
  n1: number;
  make: (n: number) => Prepared;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const count = (n: number) => n.toLocaleString('en');
const mbOf = (b: number) => `${(b / 1024 / 1024).toFixed(b < 1024 * 1024 ? 2 : 1)} MB`;
const of = (s: string, size: string, run: () => unknown): Prepared => ({ size, bytes: utf8(s), run });
// Some stages read only the start of a huge input: their runs last microseconds.
const time = (t: number) => (t < 1 ? `${(t * 1000).toFixed(1)} µs` : ms(t));
const rate = (mbs: number) => (mbs < 1000 ? mbs.toFixed(1) : Math.round(mbs).toLocaleString('en'));

// ── decode ────────────────────────────────────────────────────────────────────────────────────
const LINE = 'Le communiqué de l’OIM à Genève &amp; « réintégration » – un texte ordinaire. ';
const MB = 1024 * 1024;
const sized = (bytes: number, unit: string) => unit.repeat(Math.ceil(bytes / utf8(unit)));

function decodeFamily(name: string, file: string, unit: string, encode: (s: string) => Uint8Array = (s) => new Uint8Array(Buffer.from(s, 'utf8'))): Family {
  return {
    group: 'decode',
    name,
    n1: MB,
    make: (n) => {
      const bytes = encode(sized(n, unit));
      return { size: mbOf(bytes.length), bytes: bytes.length, run: () => decodeDocument({ name: file, bytes }) };
    },
  };
}

const decodeFamilies: Family[] = [
  decodeFamily('text, one line', 'a.txt', LINE),
  decodeFamily('text, short lines', 'a.txt', 'Une ligne courte.\n'),
  decodeFamily('Markdown, one line of emphasis', 'a.md', '**gras** _it_ *x* [l](u) '),
  decodeFamily('HTML, one paragraph', 'a.html', `<p>${LINE}</p>`),
  decodeFamily('legacy encoding (Latin-1), one line', 'a.txt', LINE.replace(/[’«»–]/g, "'"), (s) => new Uint8Array(Buffer.from(s, 'latin1'))),
  {
    group: 'decode',
    name: 'HTML nested <div>s',
    n1: 20_000,
    make: (n) => {
      const bytes = new Uint8Array(Buffer.from(`${'<div>'.repeat(n)}Profond${'</div>'.repeat(n)}`, 'utf8'));
      return { size: `${count(n)} deep`, bytes: bytes.length, run: () => decodeDocument({ name: 'a.html', bytes }) };
    },
  },
];

// ── unwrap ────────────────────────────────────────────────────────────────────────────────────
// A small French word list, so hyphen decisions look words up as they do with the real lexicon.
const lexicon = wordListLexicon(new TextEncoder().encode(formatWordList({ lang: 'fr', source: 'bench', words: ['coordination', 'porte-parole', "main-d'œuvre", 'porte', 'parole', 'la', 'le', 'de', 'des', 'et'] })));
const unwrapCtx = { lang: 'fr' as const, lexicon };

const unwrapFamilies: Family[] = [
  {
    group: 'unwrap',
    name: 'one line',
    n1: 19_000,
    make: (n) => {
      const text = 'coordination des équipes, porte-parole et main-d’œuvre '.repeat(n);
      return of(text, mbOf(utf8(text)), () => unwrapText(text, unwrapCtx));
    },
  },
  {
    group: 'unwrap',
    name: 'lines ending in a hyphen, no blank line',
    n1: 40_000,
    make: (n) => {
      const text = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'la coordi-' : i % 3 === 1 ? 'nation des por-' : 'te-parole et')).join('\n');
      return of(text, `${count(n)} lines`, () => unwrapText(text, unwrapCtx));
    },
  },
  {
    group: 'unwrap',
    name: 'paragraphs between blank lines',
    n1: 40_000,
    make: (n) => {
      const text = Array.from({ length: n }, () => 'Un paragraphe.').join('\n\n');
      return of(text, `${count(n)} paragraphs`, () => unwrapText(text, unwrapCtx));
    },
  },
];

// ── split (boilerplate + split, no lexicon) and its stages ───────────────────────────────────
function splitText(text: string): unknown {
  const doc: DecodedDocument = { text, encoding: 'utf-8', mediaType: 'text/plain', format: 'text', hints: text.split('\n').map(() => null), meta: {} };
  return splitDocument(doc, { defaultLanguage: 'fr', lexicon: () => null, learned: NO_LEARNED_LINES, overrides: {} });
}

const splitFamilies: Family[] = [
  {
    group: 'split',
    name: 'one line',
    n1: 50_000,
    make: (n) => {
      const text = 'GENÈVE – Le ' + 'texte du communiqué, '.repeat(n);
      return of(text, mbOf(utf8(text)), () => splitText(text));
    },
  },
  {
    group: 'split',
    name: 'short lines (blank, menu, text)',
    n1: 40_000,
    make: (n) => {
      const text = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? '' : i % 5 === 0 ? 'Accueil' : `Ligne ${i} du texte.`)).join('\n');
      return of(text, `${count(n)} lines`, () => splitText(text));
    },
  },
  ...['<a ', '&amp;', ' - ', 'aB', '«', '/ '].map(
    (unit): Family => ({
      group: 'split',
      name: `a line of ${JSON.stringify(unit)} repeated`,
      n1: 80_000,
      make: (n) => {
        const text = ['Titre du communiqué', unit.repeat(n)].join('\n');
        return of(text, `${count(n)} units`, () => splitText(text));
      },
    }),
  ),
];

const SPEECH = '« Nous devons agir maintenant pour les familles », a déclaré Jean Roux. « la la la la la » ';
const quoteFamilies: Family[] = [
  {
    group: 'quotes',
    name: 'one paragraph of speech',
    n1: MB,
    make: (n) => {
      const text = sized(n, SPEECH);
      return of(text, mbOf(utf8(text)), () => extractQuotes([text], { lang: 'fr' }));
    },
  },
  {
    group: 'quotes',
    name: 'short paragraphs',
    n1: 40_000,
    make: (n) => {
      const ps = Array.from({ length: n }, (_, i) => (i % 3 ? `“We must act now for the families,” he added ${i}.` : 'M. Kaboré a dit « oui »'));
      return { size: `${count(n)} paragraphs`, bytes: ps.reduce((b, p) => b + utf8(p), 0), run: () => extractQuotes(ps, { lang: 'en' }) };
    },
  },
  {
    group: 'quotes',
    name: 'runs of « then », and a long lead-in',
    n1: 200_000,
    make: (n) => {
      const ps = ['«'.repeat(n) + '»'.repeat(n), `${'la '.repeat(n)}« ${'Mot '.repeat(10)} »`];
      return { size: `${count(n)} marks`, bytes: ps.reduce((b, p) => b + utf8(p), 0), run: () => extractQuotes(ps, { lang: 'fr' }) };
    },
  },
];

function contactsOf(text: string): () => unknown {
  const lines = text.split('\n');
  const segments = lines.flatMap((t, line) => (t.trim() === '' ? [] : [{ line, start: 0, end: t.length, text: t }]));
  return () => findContactBlock(segments, { lang: 'fr', lines, forced: new Set() });
}

const contactFamilies: Family[] = [
  {
    group: 'contacts',
    name: 'one line of contact-like pieces',
    n1: 24_000,
    make: (n) => {
      const text = 'Contact : Jean 0 1 2 3 4 5 6 7 8 9 @ « x » '.repeat(n);
      return of(text, mbOf(utf8(text)), contactsOf(text));
    },
  },
  {
    group: 'contacts',
    name: 'short contact lines',
    n1: 40_000,
    make: (n) => {
      const text = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'Tél. : +41 22 555 01 23' : i % 5 === 0 ? 'Contacts' : 'Jean Dupont, OIM')).join('\n');
      return of(text, `${count(n)} lines`, contactsOf(text));
    },
  },
];

const otherFamilies: Family[] = [
  {
    group: 'dateline',
    name: 'a very long lead (reads 160 characters)',
    n1: 200_000,
    make: (n) => {
      const text = 'GENÈVE – Le ' + 'texte '.repeat(n);
      return of(text, mbOf(utf8(text)), () => parseDateline(text));
    },
  },
  {
    group: 'wordDiff',
    name: 'a long text, one word changed',
    n1: 3_000,
    make: (n) => {
      const before = Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
      const after = before.replace(`mot${Math.floor(n / 2)}`, 'autre');
      return { size: `${count(n)} words`, bytes: utf8(before) + utf8(after), run: () => diffWords(before, after) };
    },
  },
];

/** Time of one run: tiny runs are repeated in a batch until it lasts long enough to measure. */
async function perRun(run: () => unknown): Promise<number> {
  for (let reps = 1; ; reps *= 4) {
    const t = performance.now();
    for (let i = 0; i < reps; i++) await run();
    const took = performance.now() - t;
    if (took >= 50 || reps >= 65_536) return took / reps;
  }
}

/** Best of a few runs (one when a run is slow): the least disturbed figure on a loaded machine. */
async function measure(run: () => unknown): Promise<number> {
  let best = await perRun(run);
  for (let i = 1; i < 3 && best < 1000; i++) best = Math.min(best, await perRun(run));
  return best;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  ').trimEnd());
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const families = [...decodeFamilies, ...unwrapFamilies, ...splitFamilies, ...quoteFamilies, ...contactFamilies, ...otherFamilies];
  console.log(`Scaling — each input at 1× and 5× its size, same process, after a warm-up; best of up to 3 runs. Node ${process.version}, BENCH_SCALE=${SCALE}`);
  console.log(`t5/t1 ≈ 5 is linear; above ${SUPER_LINEAR} is flagged super-linear.\n`);
  const rows: string[][] = [];
  let flagged = 0;
  for (const f of families) {
    const n1 = Math.max(1, Math.round(f.n1 * SCALE));
    const small = f.make(n1);
    await small.run(); // warm-up: the code paths compiled and the rule tables built
    const t1 = await measure(small.run);
    const big = f.make(n1 * 5);
    const t5 = await measure(big.run);
    const r = t5 / t1;
    const superLinear = r > SUPER_LINEAR;
    if (superLinear) flagged++;
    rows.push([f.group, f.name, small.size, time(t1), big.size, time(t5), r.toFixed(1), rate(big.bytes / MB / (t5 / 1000)), superLinear ? 'SUPER-LINEAR' : '']);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  table(['stage', 'input', '1× size', '1× time', '5× size', '5× time', 't5/t1', 'MB/s 5×', ''], rows);
  console.log(`\n${flagged === 0 ? 'No input scales super-linearly.' : `${flagged} input(s) scale super-linearly (t5/t1 > ${SUPER_LINEAR}).`}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
