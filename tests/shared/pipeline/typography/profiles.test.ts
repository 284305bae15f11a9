// Profiles: Québec (OQLF) and Switzerland next to the default, and the normal no-break space variant.
import { describe, expect, it } from 'vitest';
import { applySuggestions, profileFor, profilesOf, suggestTypography, type TypoContext } from '../../../../shared/pipeline/typography';

const N = '\u202F';
const B = '\u00A0';

function fixes(input: string, ctx: TypoContext): string {
  const out = applySuggestions(input, suggestTypography(input, ctx));
  expect(suggestTypography(out, ctx)).toEqual([]);
  return out;
}

describe('French profiles', () => {
  it('offers France, Québec and Switzerland, France by default', () => {
    expect(profilesOf('fr').map((p) => p.id)).toEqual(['fr-FR', 'fr-CA', 'fr-CH']);
    expect(profileFor('fr').id).toBe('fr-FR');
    expect(profileFor('fr', 'nope').id).toBe('fr-FR');
  });

  const rows: readonly (readonly [string, string, string])[] = [
    // profile, input, output
    ['fr-FR', 'Pourquoi ? Objectif : 2030 ; "Partir"', `Pourquoi${N}? Objectif${B}: 2030${N}; «${N}Partir${N}»`],
    // Québec (OQLF): no space before ; ! ? — an ordinary or full no-break space is removed.
    ['fr-CA', 'Pourquoi ? Objectif : 2030 ; "Partir"', `Pourquoi? Objectif${B}: 2030; «${B}Partir${B}»`],
    ['fr-CA', `Vraiment${B}!`, 'Vraiment!'],
    ['fr-CA', `« Partir »`, `«${B}Partir${B}»`],
    // Switzerland: the narrow no-break space before the colon as well.
    ['fr-CH', 'Pourquoi ? Objectif : 2030 ; "Partir"', `Pourquoi${N}? Objectif${N}: 2030${N}; «${N}Partir${N}»`],
    ['fr-CH', `Objectif${B}: 2030`, `Objectif${N}: 2030`],
  ];
  it.each(rows)('%s: %j', (profile, input, output) => {
    expect(fixes(input, { lang: 'fr', profile })).toBe(output);
  });

  it.each([
    ['fr-FR', `Pourquoi${N}? Objectif${B}: 2030${N}; «${N}Partir${N}», 120${N}000${B}€`],
    ['fr-CA', `Pourquoi? Objectif${B}: 2030; «${B}Partir${B}», 120${N}000${B}€`],
    // OQLF also allows a thin space before ; ! ?: text written that way is correct too.
    ['fr-CA', `Pourquoi${N}? Objectif${B}: 2030${N}; «${B}Partir${B}»`],
    ['fr-CH', `Pourquoi${N}? Objectif${N}: 2030${N}; «${N}Partir${N}»`],
  ])('%s: correct text yields nothing', (profile, text) => {
    expect(suggestTypography(text, { lang: 'fr', profile })).toEqual([]);
  });

  it('uses the normal no-break space wherever the narrow one would go (wideNbsp)', () => {
    const ctx: TypoContext = { lang: 'fr', wideNbsp: true };
    expect(fixes('Pourquoi ? "Partir" 120000 personnes', ctx)).toBe(`Pourquoi${B}? «${B}Partir${B}» 120${B}000 personnes`);
    expect(fixes(`Pourquoi${N}?`, ctx)).toBe(`Pourquoi${B}?`);
    expect(suggestTypography(`Pourquoi${B}? «${B}Partir${B}»`, ctx)).toEqual([]);
  });

  it('switches rules off one by one', () => {
    const ctx: TypoContext = { lang: 'fr', disabled: ['fr-nnbsp-before-double-punct'] };
    expect(fixes('Pourquoi ? Objectif : 2030', ctx)).toBe(`Pourquoi ? Objectif${B}: 2030`);
  });

  it('notices a context object changed between calls', () => {
    const ctx: TypoContext = { lang: 'fr' };
    expect(fixes('Pourquoi ?', ctx)).toBe(`Pourquoi${N}?`);
    ctx.profile = 'fr-CA';
    expect(fixes('Pourquoi ?', ctx)).toBe('Pourquoi?');
    ctx.disabled = ['fr-nnbsp-before-double-punct'];
    expect(suggestTypography('Pourquoi ?', ctx)).toEqual([]);
  });

  it('runs only safe rules when asked', () => {
    const ctx: TypoContext = { lang: 'fr', safeOnly: true };
    expect(fixes("Les Etats et l'oeuvre ?", ctx)).toBe(`Les Etats et l’oeuvre${N}?`);
  });
});
