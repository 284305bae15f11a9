// The held-out import sets' shared test: see tests/fixtures/heldout*/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLexiconProvider } from '../../../../electron/services/lexicon';
import { importRaw, NO_LEARNED_LINES, PIPELINE_VERSION, type DecodedDocument, type SplitOutcome } from '../../../../shared/pipeline';
import { formatReport, scoreCase, type CaseResult, type HeldoutGold } from './score';

const ROOT = path.resolve(__dirname, '../../../..');
const lexicon = createLexiconProvider(path.join(ROOT, 'dist', 'lexicon'));

interface HeldoutCase {
  gold: HeldoutGold;
  file: string;
}

function loadCases(DIR: string): HeldoutCase[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as HeldoutGold;
      const file = fs.readdirSync(DIR).find((g) => g.startsWith(`${gold.id}.`) && !g.endsWith('.json'));
      if (file === undefined) throw new Error(`${gold.id}: raw file missing`);
      return { gold, file };
    });
}

/** A line as the gold lists compare it: NFC, invisible characters dropped, whitespace collapsed. */
const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether every gold boilerplate line went to `dropped` and every contact-block line to `contact`
 * (a contact line may also have a dropped piece).
 * Gold lines are matched to the decoded document's lines by their normalised text (for HTML and
 * e-mail the lines are the decoder's block lines); a gold line the decoder did not produce as a
 * line of its own is counted, not failed.
 */
function lineDestinations(gold: HeldoutGold, doc: DecodedDocument, split: SplitOutcome): { ok: boolean; detail: string } {
  const docLines = doc.text.split('\n');
  const byText = new Map<string, number[]>();
  docLines.forEach((l, i) => {
    const k = norm(l);
    if (k !== '') byText.set(k, [...(byText.get(k) ?? []), i]);
  });
  const wrong: string[] = [];
  let unmatched = 0;
  const expectDest = (lines: string[], want: 'dropped' | 'contact', label: string): void => {
    for (const line of lines) {
      const at = byText.get(norm(line));
      if (at === undefined) {
        unmatched += 1;
        continue;
      }
      for (const i of at) {
        const dests = split.map.segments.filter((s) => s.line === i).map((s) => s.dest);
        // A dropped piece of a contact line (a '> ' quote marker, a glued label) is fine.
        const ok = want === 'dropped' ? dests.every((d) => d === 'dropped') : dests.includes('contact') && dests.every((d) => d === 'contact' || d === 'dropped');
        if (!ok) wrong.push(`${label} line went to ${dests.join('+')}: ${line}`);
      }
    }
  };
  expectDest(gold.boilerplate_lines, 'dropped', 'boilerplate');
  expectDest(gold.contact_block_lines, 'contact', 'contact-block');
  const note = unmatched > 0 ? ` (${unmatched} gold line(s) not produced as lines by the decoder)` : '';
  return { ok: wrong.length === 0, detail: wrong.length === 0 ? `ok${note}` : `${wrong.length} wrong${note}: ${wrong.slice(0, 8).join(' | ')}` };
}

export interface HeldoutSet {
  /** Folder under tests/fixtures. */
  folder: string;
  /** Name in the test list and the report's header. */
  title: string;
  /** Cases expected per language. */
  perLanguage: number;
}

/**
 * The tests of a held-out set: every case imports and maps every non-blank line; the field scores
 * are a measurement, printed and written to test-results/<folder>-report.txt.
 */
export function describeHeldout(set: HeldoutSet): void {
  const DIR = path.join(ROOT, 'tests', 'fixtures', set.folder);
  const REPORT = path.join(ROOT, 'test-results', `${set.folder}-report.txt`);
  const cases = loadCases(DIR);
  const results: CaseResult[] = [];

  describe(set.title, () => {
    afterAll(() => {
      if (results.length === 0) return;
      const langs = ['fr', 'en', 'es'].map((l) => `${l} ${results.filter((r) => r.lang === l).length}`).join(', ');
      const header = `Galley ${set.title} — ${results.length} cases (${langs}) — pipeline ${PIPELINE_VERSION}`;
      const report = formatReport([...results].sort((a, b) => a.id.localeCompare(b.id)), header);
      fs.mkdirSync(path.dirname(REPORT), { recursive: true });
      fs.writeFileSync(REPORT, report);
      console.log(report);
    });

    it(`has ${set.perLanguage} cases per language`, () => {
      const per = (l: string): number => cases.filter((c) => c.gold.lang === l).length;
      expect([per('fr'), per('en'), per('es')]).toEqual([set.perLanguage, set.perLanguage, set.perLanguage]);
    });

    it.each(cases.map((c) => [c.gold.id, c] as const))('%s: imports and maps every non-blank line', async (_id, c) => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, c.file)));
      const ctx = { defaultLanguage: 'fr' as const, lexicon, learned: NO_LEARNED_LINES, overrides: {} };
      const outcome = await importRaw({ name: c.file, bytes }, ctx);
      if (!outcome.ok) throw new Error(`${c.gold.id}: ${outcome.failure} ${outcome.detail}`);
      const { doc, split } = outcome;
      results.push(scoreCase(c.gold, split, lineDestinations(c.gold, doc, split)));
      const unmapped = doc.text
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line, i }) => line.trim() !== '' && !split.map.segments.some((s) => s.line === i))
        .map(({ line, i }) => `${i}: ${line}`);
      expect(unmapped).toEqual([]);
    });
  });
}
