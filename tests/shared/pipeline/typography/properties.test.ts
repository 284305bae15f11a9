// Engine-wide properties (TYPOGRAPHY.md, the engine's promises), over random and realistic text in
// the three languages and every profile: idempotence, no churn on corrected output, protected spans
// untouched, nothing changed outside suggestion spans, suggestions sorted and non-overlapping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, profilesOf, RULES, suggestTypography, type BlockKind, type Suggestion, type TypoContext, type TypoLang } from '../../../../shared/pipeline/typography';

const LANGS: readonly TypoLang[] = ['fr', 'en', 'es'];

const BLOCKS: readonly BlockKind[] = ['paragraph', 'heading', 'title', 'list-item', 'quote', 'dateline', 'contact'];
// Any language, profile, block kind, a few rules switched off, and bulk (safe only) or not.
const context: fc.Arbitrary<TypoContext> = fc.constantFrom(...LANGS).chain((lang) =>
  fc.record({
    lang: fc.constant(lang),
    profile: fc.constantFrom(...profilesOf(lang).map((p) => p.id)),
    wideNbsp: fc.boolean(),
    block: fc.constantFrom(...BLOCKS),
    disabled: fc.subarray(RULES.map((r) => r.id), { maxLength: 3 }),
    safeOnly: fc.boolean(),
  }),
);

// Random text from the characters rules care about.
const UNITS = ['a', 'e', 'E', 'A', 'l', 'd', 'o', 'oe', 'Etat', 'etc', 'Mme', 'M.', 'n°', 'è', 'ème', 'ère', '1', '2', '0', '5', '2024', '120000',
  ' ', ' ', ' ', '  ', '\u00A0', '\u202F', '\t', ',', '.', '...', ';', ':', '!', '?', '(', ')', '«', '»', '"', '“', '”', "'", '’', '‘', '-', ' - ', '–', '—',
  '%', '€', 'km', '¿', '¡', '\n', 'www.x.org', 'a@b.fr', '09:45', '`x`', '<b>', '&amp;'];
const randomText = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((xs) => xs.join(''));

// Realistic press copy: sentence templates over French, English and Spanish vocabulary.
const WORDS: Readonly<Record<TypoLang, { subj: string[]; verb: string[]; obj: string[]; place: string[]; quote: string[] }>> = {
  fr: {
    subj: ["l'OIM", 'le HCR', 'Mme Diallo', 'M. Sow', 'le Dr Martin', 'les Etats membres', "l'Organisation", 'le porte-parole', 'la directrice générale'],
    verb: ['a lancé', 'annonce', 'a déclaré', 'soutient', 'a distribué', 'coordonne', 'évalue', 'renforce'],
    obj: ['un programme de réinsertion', "l'aide d'urgence", 'des kits d’hygiène', 'la mise en oeuvre du plan', 'un appui à 120000 réfugiés', '45% des ménages', 'le 3ème rapport', 'des tentes, des bâches etc...'],
    place: ['à Dakar', 'au Niger', 'en Egypte', 'à Genève', 'dans la sous-région', 'au Sahel central'],
    quote: ['"Nous sommes prêts"', '« Nous restons »', '"Il a dit "non" hier"', 'Pourquoi partir?', 'Objectif : 2030', 'Et maintenant ?!'],
  },
  en: {
    subj: ['IOM', 'UNHCR', 'the Director General', "the partners'", 'Ms Diallo', 'the agency'],
    verb: ['launched', 'announced', 'said', 'supports', 'distributed'],
    obj: ['a reintegration programme', 'emergency aid', '1500 hygiene kits', 'the 2019-2023 plan', 'COVID-19 tests'],
    place: ['in Dakar', 'in Niger', 'in Geneva', 'across the Sahel'],
    quote: ['"We are ready"', "'home,' she said", 'the camp - now home to 3000 people', 'Why leave ?'],
  },
  es: {
    subj: ['la OIM', 'el ACNUR', 'la directora general', 'los Estados miembros'],
    verb: ['lanzó', 'anunció', 'afirmó', 'apoya', 'distribuyó'],
    obj: ['un programa de reintegración', 'ayuda de emergencia', '120000 kits', 'el 45% de los hogares'],
    place: ['en Dakar', 'en Níger', 'en Ginebra', 'en el Sahel'],
    quote: ['"Estamos listos"', 'Qué hacemos?', 'Y si no, qué?', 'las mujeres - sobre todo jóvenes - huyen'],
  },
};
const LINKS = ['https://www.iom.int/fr?x=1;y=2', 'presse@iom.int', 'mailto:a@b.org', '09:45', '3:1', '`a : b ; c`', '<span class="x">', '+221 33 869 62 00', 'S/RES/2417 (2018)', '2024-03-12', 'v2.1.3', '16.2', '@OIM_fr', '#MigrationSûre', 'rapport_final.pdf'];

function sentence(lang: TypoLang): fc.Arbitrary<string> {
  const w = WORDS[lang];
  return fc
    .tuple(fc.constantFrom(...w.subj), fc.constantFrom(...w.verb), fc.constantFrom(...w.obj), fc.constantFrom(...w.place), fc.constantFrom(...w.quote), fc.constantFrom(...LINKS), fc.nat(4))
    .map(([s, v, o, p, q, l, shape]) =>
      [`${s} ${v} ${o} ${p}.`, `${q} ${s} ${v} ${o}.`, `${p}, ${s} ${v} ${o} (voir ${l}).`, `${s.charAt(0).toUpperCase()}${s.slice(1)} ${v} ${o} ; ${q}`, `${s} ${v} : ${o}, ${l}.`][shape] as string,
    );
}
const realistic = context.chain((ctx) => fc.array(sentence(ctx.lang), { minLength: 1, maxLength: 4 }).map((xs) => ({ ctx, text: xs.join(' ') })));
const random = fc.tuple(context, randomText).map(([ctx, text]) => ({ ctx, text }));

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
  ['random text', random, 1500],
  ['realistic press copy', realistic, 800],
] as const)('%s', (_name, arb, numRuns) => {
  it('is idempotent: applying every suggestion then running again yields none', () => {
    fc.assert(
      fc.property(arb, ({ ctx, text }) => {
        const out = applySuggestions(text, suggestTypography(text, ctx));
        expect(suggestTypography(out, ctx)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('gives sorted, non-overlapping suggestions and changes nothing outside their spans', () => {
    fc.assert(
      fc.property(arb, ({ ctx, text }) => {
        const s = suggestTypography(text, ctx);
        wellFormed(text, s);
        onlyInsideSpans(text, s, applySuggestions(text, s));
      }),
      { numRuns },
    );
  });

  it('applies any subset cleanly, and the rest still converges', () => {
    fc.assert(
      fc.property(arb, fc.nat(), ({ ctx, text }, seed) => {
        const s = suggestTypography(text, ctx);
        const some = s.filter((_x, i) => ((seed >> i % 30) & 1) === 1);
        const partial = applySuggestions(text, some);
        const out = applySuggestions(partial, suggestTypography(partial, ctx));
        expect(suggestTypography(out, ctx)).toEqual([]);
      }),
      { numRuns: Math.round(numRuns / 2) },
    );
  });
});

describe('protected spans survive byte-identical', () => {
  it('keeps URLs, e-mails, times, code and the rest intact inside random prose', () => {
    fc.assert(
      fc.property(context, randomText, fc.constantFrom(...LINKS), randomText, (ctx, before, link, after) => {
        const text = `${before} ${link} ${after}`;
        const at = before.length + 1;
        const s = suggestTypography(text, ctx);
        for (const x of s) expect(x.end <= at || x.start >= at + link.length).toBe(true);
        expect(applySuggestions(text, s)).toContain(link);
      }),
      { numRuns: 1500 },
    );
  });
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
  ])('%s: a long block in linear time', (_name, text) => {
    for (const lang of LANGS) {
      const t = performance.now();
      suggestTypography(text, { lang });
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});
