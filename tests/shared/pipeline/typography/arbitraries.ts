// Generators for the typography property tests (properties.test.ts) and for exploratory fuzzing:
// any language, profile and block kind, over random characters the rules care about and over
// realistic press copy in French, English and Spanish. Also the run settings read from the env.
import fc from 'fast-check';
import { profilesOf, RULES, type BlockKind, type TypoContext, type TypoLang } from '../../../../shared/pipeline/typography';

/**
 * The seed of every property: FC_SEED if set (a number, or `random` for the clock), else a fixed
 * one so that CI is deterministic. A failure names the seed to replay.
 */
export const SEED: number = ((): number => {
  const raw = process.env['FC_SEED'];
  if (raw === undefined || raw === '') return 4242;
  if (raw === 'random') return Date.now() % 2 ** 31;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`FC_SEED must be an integer or "random", not ${raw}`);
  return n;
})();

/** Runs of the main properties: FC_RUNS if set, else a count that keeps the folder fast in CI. */
export const RUNS: number = ((): number => {
  const n = Number(process.env['FC_RUNS'] ?? '');
  return Number.isInteger(n) && n > 0 ? n : 1500;
})();

/** Time allowed to one property (vitest's 5 s is too short for a fuzzing run). */
export const TIMEOUT: number = Math.max(10_000, RUNS * 2);

/**
 * fc.assert with the shared seed and `numRuns`; on failure the message starts with the command
 * line that replays it.
 */
export function check(property: fc.IRawProperty<unknown>, numRuns: number): void {
  try {
    fc.assert(property, { seed: SEED, numRuns });
  } catch (error) {
    if (error instanceof Error) error.message = `Replay with FC_SEED=${SEED} FC_RUNS=${RUNS}\n${error.message}`;
    throw error;
  }
}

export const LANGS: readonly TypoLang[] = ['fr', 'en', 'es'];

const BLOCKS: readonly BlockKind[] = ['paragraph', 'heading', 'title', 'list-item', 'quote', 'dateline', 'contact'];
// Any language, profile, block kind, a few rules switched off, and bulk (safe only) or not.
export const context: fc.Arbitrary<TypoContext> = fc.constantFrom(...LANGS).chain((lang) =>
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
export const randomText = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((xs) => xs.join(''));

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
export const LINKS = ['https://www.iom.int/fr?x=1;y=2', 'presse@iom.int', 'mailto:a@b.org', '09:45', '3:1', '`a : b ; c`', '<span class="x">', '+221 33 869 62 00', 'S/RES/2417 (2018)', '2024-03-12', 'v2.1.3', '16.2', '@OIM_fr', '#MigrationSûre', 'rapport_final.pdf'];

function sentence(lang: TypoLang): fc.Arbitrary<string> {
  const w = WORDS[lang];
  return fc
    .tuple(fc.constantFrom(...w.subj), fc.constantFrom(...w.verb), fc.constantFrom(...w.obj), fc.constantFrom(...w.place), fc.constantFrom(...w.quote), fc.constantFrom(...LINKS), fc.nat(4))
    .map(([s, v, o, p, q, l, shape]) =>
      [`${s} ${v} ${o} ${p}.`, `${q} ${s} ${v} ${o}.`, `${p}, ${s} ${v} ${o} (voir ${l}).`, `${s.charAt(0).toUpperCase()}${s.slice(1)} ${v} ${o} ; ${q}`, `${s} ${v} : ${o}, ${l}.`][shape] as string,
    );
}
export const realistic = context.chain((ctx) => fc.array(sentence(ctx.lang), { minLength: 1, maxLength: 4 }).map((xs) => ({ ctx, text: xs.join(' ') })));
export const random = fc.tuple(context, randomText).map(([ctx, text]) => ({ ctx, text }));

