// The country a dateline names (`NAIROBI, Kenya` → KE, `TAPACHULA, México` → MX, `Chine` → CN),
// so the contact stage can write local phone numbers in international form. Country names in
// French, English and Spanish come from the platform's own CLDR data (Intl.DisplayNames), plus
// the usual long and short forms CLDR does not give.
import { foldKeepLength } from './dates';

const LANGS = ['fr', 'en', 'es'] as const;
/** Region codes that are not countries (European Union, United Nations, unknown, pseudo-regions). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const ALIASES: Readonly<Record<string, string>> = {
  'république démocratique du congo': 'CD', rdc: 'CD', 'rd congo': 'CD', 'democratic republic of the congo': 'CD', drc: 'CD', 'república democrática del congo': 'CD',
  'république du congo': 'CG', 'republic of the congo': 'CG', 'the gambia': 'GM', gambie: 'GM', 'états-unis': 'US', usa: 'US', 'united states of america': 'US',
  'royaume-uni': 'GB', uk: 'GB', 'united kingdom': 'GB', 'reino unido': 'GB', 'côte d’ivoire': 'CI', "côte d'ivoire": 'CI', 'ivory coast': 'CI', 'costa de marfil': 'CI',
  'burkina': 'BF', 'centrafrique': 'CF', 'république centrafricaine': 'CF', 'central african republic': 'CF', 'república centroafricana': 'CF', 'türkiye': 'TR', turquie: 'TR',
  'syrie': 'SY', syria: 'SY', siria: 'SY', 'palestine': 'PS', 'territoire palestinien': 'PS', myanmar: 'MM', birmanie: 'MM',
};

let table: Map<string, string> | null = null;

/** Folded country name → ISO 3166 alpha-2, built once from the platform's region names. */
function countries(): Map<string, string> {
  if (table !== null) return table;
  const t = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = typeof Intl.DisplayNames === 'function' ? LANGS.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })) : [];
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      for (const dn of names) {
        let name: string | undefined;
        try {
          name = dn.of(code);
        } catch {
          name = undefined;
        }
        if (name !== undefined && name !== code) t.set(foldKeepLength(name), code);
      }
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) t.set(foldKeepLength(name), code);
  table = t;
  return t;
}

/** ISO 3166 alpha-2 of the country a place names (its last part first), or null. Pure. */
export function countryOf(place: string | null): string | null {
  if (place === null || place.length > 120) return null;
  const parts = place.split(/\s*[,/]\s*/).reverse();
  for (const part of [...parts, place]) {
    const key = foldKeepLength(part.trim()).replace(/^(?:the|le|la|el)\s+/, '');
    const code = countries().get(key) ?? countries().get(foldKeepLength(part.trim()));
    if (code !== undefined) return code;
  }
  return null;
}
