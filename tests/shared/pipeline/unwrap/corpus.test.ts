// The corpus paragraphs: the body lines of real-looking releases (chosen by hand here; finding
// them is the split stage's job) unwrapped with the real lexicons must give the expected
// paragraphs. The dateline stays at the head of the lead (the split stage removes it).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLexiconProvider } from '../../../../electron/services/lexicon';
import { unwrapSegments } from '../../../../shared/pipeline/unwrap';
import { ROOT } from '../../../helpers/boot';
import { bodySegments, readCase } from './corpus';

const lexicon = createLexiconProvider(path.join(ROOT, 'dist', 'lexicon'));

/** Case id, first and last body line (0-based), and what each case exercises. */
const CASES: [id: string, first: number, last: number, what: string][] = [
  ['dev-fr-03', 5, 39, 'hyphenation and compounds, no blank lines'],
  ['dev-fr-10', 2, 34, 'hyphenation, compounds, subheading, list, trailing spaces'],
  ['dev-en-03', 2, 29, 'hyphenation and compounds, no blank lines, CRLF'],
  ['dev-es-04', 1, 27, 'hyphenation, compound, dash list, no blank lines'],
  ['dev-fr-02', 29, 61, 'hard wrap at 72 with blank lines'],
  ['dev-fr-07', 2, 35, 'hard wrap at 70, quotation over two paragraphs'],
  ['dev-en-01', 26, 52, 'hard wrap at 72 with blank lines'],
  ['dev-es-01', 2, 27, 'hard wrap at 68, Latin-1'],
  ['dev-es-03', 26, 53, 'hard wrap at 74'],
  ['seed-001', 30, 75, 'source wrapping without blank lines'],
];

describe('corpus paragraphs', () => {
  it.each(CASES)('%s (lines %i–%i): %s', (id, first, last) => {
    const c = readCase(id);
    const paragraphs = unwrapSegments(bodySegments(c.lines, first, last), { lang: c.lang, lexicon: lexicon(c.lang), lines: c.lines });
    const texts = paragraphs.map((p) => p.text);
    // The lead keeps its dateline here: it must end with the expected lead, after a short prefix.
    const [lead, ...rest] = texts;
    const [expectedLead, ...expectedRest] = c.paragraphs;
    expect(lead!.endsWith(expectedLead!), `${lead}\n≠\n${expectedLead}`).toBe(true);
    expect(lead!.length - expectedLead!.length).toBeLessThan(60);
    expect(rest).toEqual(expectedRest);
  }, 30_000);

  it.each([
    // `cross-border` is in no lexicon and nowhere else in the text: kept, and flagged.
    ['dev-en-03', 2, 29, ['unwrap-lexicon-joined', 'unwrap-lexicon-joined', 'unwrap-compound-parts!', 'unwrap-lexicon-joined']],
    // `colombo-venezolana` is written whole in the headline: kept on that evidence.
    ['dev-es-04', 1, 27, ['unwrap-text-hyphenated', 'unwrap-lexicon-joined', 'unwrap-lexicon-joined']],
    ['dev-fr-03', 5, 39, ['unwrap-capital-next', 'unwrap-lexicon-hyphenated', 'unwrap-lexicon-hyphenated', 'unwrap-lexicon-joined']],
  ] as const)('%s: each line-end hyphen by its rule, doubtful ones marked !', (id, first, last, rules) => {
    const c = readCase(id);
    const paragraphs = unwrapSegments(bodySegments(c.lines, first, last), { lang: c.lang, lexicon: lexicon(c.lang), lines: c.lines });
    const joins = paragraphs.flatMap((p) => p.joins.filter((j) => j.rule !== 'unwrap-wrap'));
    expect(joins.map((j) => j.rule + (j.doubtful ? '!' : ''))).toEqual(rules);
  }, 30_000);
});
