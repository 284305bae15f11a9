// French rules (default: Imprimerie nationale; Québec and Switzerland through the profile's env),
// in the order the engine runs them: characters first (apostrophe, abbreviations, quotes), then the
// spaces around punctuation, numbers, and last the lexical rules. Each rule is data beside its kind.
import type { TypoRule } from '../model';
import { frApostrophe, frColon, frDoublePunct, frEllipsis, frEtc, frGuillemetSpace } from './fr-punct';
import { frQuotes } from './fr-quotes';
import { frOrdinals, frThousands, frUnitSpace } from './fr-numbers';
import { frAbbreviations, frAccentedCapitals, frCapitalAGrave, frLigatures, frTitleSpace } from './fr-words';
import { frCompounds, frEuphonicT } from './fr-compounds';

export { frDoublePunct as nnbspBeforeDoublePunct };

export const FR_RULES: readonly TypoRule[] = [
  frApostrophe,
  frEtc,
  frEllipsis,
  frAbbreviations,
  frQuotes,
  frGuillemetSpace,
  frDoublePunct,
  frColon,
  frOrdinals,
  frUnitSpace,
  frThousands,
  frTitleSpace,
  frAccentedCapitals,
  frCapitalAGrave,
  frLigatures,
  frCompounds,
  frEuphonicT,
];
