// House styles. The default profile of each language follows TYPOGRAPHY.md exactly; the others are
// the usages it names (Québec, Switzerland, AP), chosen in settings and never mixed into a default.
// Québec (OQLF, Banque de dépannage linguistique): no space before ; ! ? — the thin space OQLF also
// allows is accepted as correct (never suggested, never removed), an ordinary or full no-break
// space there is removed; U+00A0 inside « » and before :. Switzerland: the narrow no-break space
// before : as well as before ; ! ? and inside « ».
import type { TypoLang, TypoProfile } from './model';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

export const PROFILES: readonly TypoProfile[] = [
  {
    id: 'fr-FR',
    lang: 'fr',
    norm: 'Imprimerie nationale',
    label: { fr: 'France (Imprimerie nationale)', en: 'France (Imprimerie nationale)', es: 'Francia (Imprimerie nationale)' },
    env: { beforeDoublePunct: NNBSP, beforeColon: NBSP, insideGuillemets: NNBSP, spacedEmDash: false },
  },
  {
    id: 'fr-CA',
    lang: 'fr',
    norm: 'OQLF',
    label: { fr: 'Québec (OQLF)', en: 'Quebec (OQLF)', es: 'Quebec (OQLF)' },
    env: { beforeDoublePunct: '', beforeColon: NBSP, insideGuillemets: NBSP, spacedEmDash: false },
  },
  {
    id: 'fr-CH',
    lang: 'fr',
    norm: 'Suisse romande',
    label: { fr: 'Suisse romande', en: 'French-speaking Switzerland', es: 'Suiza francófona' },
    env: { beforeDoublePunct: NNBSP, beforeColon: NNBSP, insideGuillemets: NNBSP, spacedEmDash: false },
  },
  {
    id: 'en-chicago',
    lang: 'en',
    norm: 'Chicago',
    label: { fr: 'Chicago Manual of Style', en: 'Chicago Manual of Style', es: 'Chicago Manual of Style' },
    env: { beforeDoublePunct: '', beforeColon: '', insideGuillemets: '', spacedEmDash: false },
  },
  {
    id: 'en-AP',
    lang: 'en',
    norm: 'AP',
    label: { fr: 'AP Stylebook (tirets espacés)', en: 'AP Stylebook (spaced dashes)', es: 'AP Stylebook (rayas espaciadas)' },
    env: { beforeDoublePunct: '', beforeColon: '', insideGuillemets: '', spacedEmDash: true },
  },
  {
    id: 'es-RAE',
    lang: 'es',
    norm: 'RAE',
    label: { fr: 'RAE (Ortografía 2010)', en: 'RAE (Ortografía 2010)', es: 'RAE (Ortografía 2010)' },
    env: { beforeDoublePunct: '', beforeColon: '', insideGuillemets: '', spacedEmDash: false },
  },
];

export const DEFAULT_PROFILE: Readonly<Record<TypoLang, string>> = { fr: 'fr-FR', en: 'en-chicago', es: 'es-RAE' };

/** The profile `id` if it exists for `lang`, else the language's default. */
export function profileFor(lang: TypoLang, id?: string): TypoProfile {
  const wanted = id ?? DEFAULT_PROFILE[lang];
  return PROFILES.find((p) => p.id === wanted && p.lang === lang) ?? (PROFILES.find((p) => p.id === DEFAULT_PROFILE[lang]) as TypoProfile);
}

export function profilesOf(lang: TypoLang): TypoProfile[] {
  return PROFILES.filter((p) => p.lang === lang);
}
