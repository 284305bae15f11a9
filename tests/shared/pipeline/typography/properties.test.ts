// Engine-wide properties (TYPOGRAPHY.md, the engine's promises), over random and realistic text in
// the three languages and every profile: idempotence, no churn on corrected output, protected spans
// untouched, nothing changed outside suggestion spans, suggestions sorted and non-overlapping.
// Deterministic by default; FC_SEED (a number or `random`) and FC_RUNS explore further (npm run fuzz).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestTypography, type Suggestion } from '../../../../shared/pipeline/typography';
import { check, context, LANGS, LINKS, random, randomText, realistic, RUNS, TIMEOUT } from './arbitraries';

/** Checks the shape of a suggestion list over `text`. */
function wellFormed(text: string, s: readonly Suggestion[]): void {
  let at = 0;
  for (const x of s) {
    expect(x.start).toBeGreaterThanOrEqual(at);
    expect(x.end).toBeGreaterThanOrEqual(x.start);
    expect(x.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(x.start, x.end)).not.toBe(x.replacement);
    at = x.end;
  }
}

/** The text outside the suggestions' spans is the same before and after applying them. */
function onlyInsideSpans(text: string, s: readonly Suggestion[], out: string): void {
  let at = 0;
  let o = 0;
  for (const x of s) {
    const kept = text.slice(at, x.start);
    expect(out.slice(o, o + kept.length)).toBe(kept);
    o += kept.length + x.replacement.length;
    at = x.end;
  }
  expect(out.slice(o)).toBe(text.slice(at));
}

describe.each([
  ['random text', random, RUNS],
  ['realistic press copy', realistic, Math.round(RUNS / 2)],
] as const)('%s', (_name, arb, numRuns) => {
  it('is idempotent: applying every suggestion then running again yields none', () => {
    check(
      fc.property(arb, ({ ctx, text }) => {
        const out = applySuggestions(text, suggestTypography(text, ctx));
        expect(suggestTypography(out, ctx)).toEqual([]);
      }),
      numRuns,
    );
  }, TIMEOUT);

  it('gives sorted, non-overlapping suggestions and changes nothing outside their spans', () => {
    check(
      fc.property(arb, ({ ctx, text }) => {
        const s = suggestTypography(text, ctx);
        wellFormed(text, s);
        onlyInsideSpans(text, s, applySuggestions(text, s));
      }),
      numRuns,
    );
  }, TIMEOUT);

  it('applies any subset cleanly, and the rest still converges', () => {
    check(
      fc.property(arb, fc.nat(), ({ ctx, text }, seed) => {
        const s = suggestTypography(text, ctx);
        const some = s.filter((_x, i) => ((seed >> i % 30) & 1) === 1);
        const partial = applySuggestions(text, some);
        const out = applySuggestions(partial, suggestTypography(partial, ctx));
        expect(suggestTypography(out, ctx)).toEqual([]);
      }),
      Math.round(numRuns / 2),
    );
  }, TIMEOUT);
});

describe('protected spans survive byte-identical', () => {
  it('keeps URLs, e-mails, times, code and the rest intact inside random prose', () => {
    check(
      fc.property(context, randomText, fc.constantFrom(...LINKS), randomText, (ctx, before, link, after) => {
        const text = `${before} ${link} ${after}`;
        const at = before.length + 1;
        const s = suggestTypography(text, ctx);
        for (const x of s) expect(x.end <= at || x.start >= at + link.length).toBe(true);
        expect(applySuggestions(text, s)).toContain(link);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('text already correct yields nothing', () => {
  it.each([
    ['fr', `L’OIM a lancé un programme à Dakar${'\u00A0'}: «${'\u202F'}Nous restons${'\u202F'}», a déclaré Mme${'\u00A0'}Diallo. Voir https://www.iom.int/fr.`],
    ['fr', `Le 1er janvier 2024, 120${'\u202F'}000 réfugiés (45${'\u00A0'}%) vivaient dans la sous-région${'\u202F'}; c’est-à-dire au Sahel – et ailleurs.`],
  ] as const)('%s: %s', (lang, text) => {
    expect(suggestTypography(text, { lang })).toEqual([]);
  });
});

describe('no catastrophic backtracking', () => {
  it.each([
    ['one long word and an @', `${'a'.repeat(50000)}@`],
    ['dotted letters', 'a.'.repeat(50000)],
    ['digit groups', '1 '.repeat(50000)],
    ['signs and digits', '+1 2 3 4 5 6 7 8 9 '.repeat(5000)],
    ['unpaired quotes', '"a '.repeat(30000)],
    ['spaced hyphens', 'a - '.repeat(30000)],
    ['URL-like run', 'www.a.org/'.repeat(10000)],
    ['press copy', 'Le 3ème «Etat» ; 120000 km, etc... c\'est à dire a t il 09:45 '.repeat(2000)],
  ])('%s: a long block goes through, and its corrections settle', (_name, text) => {
    // Speed is measured by bench/ (typography and scaling benches); a catastrophic regex shows
    // here as a timeout, and the corrected text must be a fixed point like any other.
    for (const lang of LANGS) {
      const out = applySuggestions(text, suggestTypography(text, { lang }));
      expect(suggestTypography(out, { lang })).toEqual([]);
    }
  }, 120_000);
});
