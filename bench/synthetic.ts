// Deterministic synthetic press releases (~4 KB each) for the library benchmark.

const WORDS = {
  fr: "l’organisation internationale pour les migrations réintégration retour volontaire assistance protection migrants réfugiés déplacés frontières gouvernement partenaires communautés formation santé mentale psychosocial emploi jeunes femmes enfants Genève Dakar Niamey Bamako Abidjan Tunis Rabat programme financement Union européenne coopération régionale sensibilisation traite trafic données recherche rapport Sahel Méditerranée urgence abris climat résilience".split(' '),
  en: 'international organization for migration reintegration voluntary return assistance protection migrants refugees displaced borders government partners communities training mental health psychosocial employment youth women children Geneva Nairobi Dhaka Manila programme funding European Union regional cooperation awareness trafficking smuggling data research report emergency shelter climate resilience'.split(' '),
  es: 'organización internacional para las migraciones reintegración retorno voluntario asistencia protección migrantes refugiados desplazados fronteras gobierno socios comunidades formación salud mental psicosocial empleo jóvenes mujeres niños Guatemala Tapachula Bogotá Lima programa financiación Unión Europea cooperación regional sensibilización trata tráfico datos investigación informe emergencia albergue clima resiliencia'.split(' '),
} as const;

export type BenchLang = keyof typeof WORDS;

/** Mulberry32: a tiny seeded PRNG, so every run builds the same library. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(words: readonly string[], next: () => number): string {
  const n = 8 + Math.floor(next() * 14);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(next() * words.length)]!);
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** A raw release text of about `bytes` bytes: a headline line, then paragraphs. */
export function syntheticRelease(i: number, lang: BenchLang, bytes = 4096): string {
  const next = rng(i + 1);
  const words = WORDS[lang];
  const lines = [`${sentence(words, next).slice(0, -1)} ${i}`];
  let size = lines[0]!.length;
  while (size < bytes) {
    const para = [sentence(words, next), sentence(words, next), sentence(words, next)].join(' ');
    lines.push(para);
    size += para.length + 2;
  }
  return lines.join('\n\n');
}

export function searchTerms(count: number): string[] {
  const next = rng(4242);
  const all = [...WORDS.fr, ...WORDS.en, ...WORDS.es].filter((w) => w.length > 4);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = all[Math.floor(next() * all.length)]!;
    // A third typed without accents, a third as a prefix (search as you type), a third as is.
    const form = i % 3;
    out.push(form === 0 ? w.normalize('NFD').replace(/\p{M}+/gu, '') : form === 1 ? w.slice(0, Math.max(3, Math.ceil(w.length / 2))) : w);
  }
  return out;
}
