// Shared rules (typo-…): spacing and the hyphen used as a dash, in every language that runs them.
import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestTypography, type TypoContext, type TypoLang } from '../../../../shared/pipeline/typography';

function check(ruleId: string, ctx: TypoContext, input: string, expected: string): void {
  const s = suggestTypography(input, ctx);
  expect(applySuggestions(input, s)).toBe(expected);
  expect(suggestTypography(expected, ctx)).toEqual([]);
  if (input !== expected) expect(s.map((x) => x.ruleId)).toContain(ruleId);
}

describe('shared rules, positive rows', () => {
  it.each([
    ['typo-space-collapse', 'fr', 'Le  bureau   régional', 'Le bureau régional'],
    ['typo-space-collapse', 'en', 'The  regional\toffice', 'The regional office'],
    ['typo-space-collapse', 'es', 'La  oficina', 'La oficina'],
    ['typo-space-trim', 'fr', '  Le bureau. ', 'Le bureau.'],
    ['typo-space-trim', 'en', '\u00A0The office\u202F', 'The office'],
    ['typo-space-before-comma', 'fr', 'Dakar , Thiès et Kolda .', 'Dakar, Thiès et Kolda.'],
    ['typo-space-before-comma', 'en', 'Dakar , Thiès ( Senegal )', 'Dakar, Thiès (Senegal)'],
    ['typo-space-after-comma', 'fr', 'Dakar,Thiès et Kolda', 'Dakar, Thiès et Kolda'],
    ['typo-space-after-comma', 'en', 'the end.The start', 'the end. The start'],
    ['typo-space-after-comma', 'fr', 'En 2020,la population', 'En 2020, la population'],
    ['typo-space-after-comma', 'fr', 'en 2020.Le bureau', 'en 2020. Le bureau'],
    ['fr-hyphen-as-dash', 'fr', 'Dakar - Le bureau', 'Dakar – Le bureau'],
    ['fr-hyphen-as-dash', 'fr', 'Dakar -- Le bureau', 'Dakar – Le bureau'],
    ['fr-hyphen-as-dash', 'fr', 'Dakar\u00A0–\u00A0Le bureau', 'Dakar – Le bureau'],
    ['en-hyphen-as-dash', 'en', 'the camp - now home to many - is full', 'the camp—now home to many—is full'],
  ] as const)('%s (%s): %j', (ruleId, lang: TypoLang, input, expected) => {
    check(ruleId, { lang }, input, expected);
  });

  it('spaces the English dash in the AP profile', () => {
    check('en-hyphen-as-dash', { lang: 'en', profile: 'en-AP' }, 'the camp - now full', 'the camp — now full');
  });
});

describe('shared rules, negative rows', () => {
  it.each([
    ['decimals', 'fr', 'soit 3,5 millions et 0.5 point'],
    ['domains', 'fr', 'sur iom.int et www.un.org/fr'],
    ['acronyms', 'fr', 'l’O.N.U. et les É.-U.'],
    ['e-mail', 'en', 'write to press@iom.int.'],
    ['file', 'en', 'see report.pdf, annex.docx'],
    ['.NET', 'en', 'built on .NET today'],
    ['spaced ellipsis', 'fr', 'il hésite . . . puis'],
    ['list bullet', 'fr', '- Protection et assistance'],
    ['lines of bullets', 'fr', 'Programmes\n- Protection\n- Retour'],
    ['minus between figures', 'fr', 'de 5 - 3 points'],
    ['date - time', 'en', 'Tue, 05/14/2024 - 10:12'],
    ['separator line', 'en', '- - -'],
    ['compound hyphens', 'fr', 'porte-parole, Guinée-Bissau, a-t-il, COVID-19, vingt-deux'],
    ['em dashes in French', 'fr', 'le camp — désormais plein — ferme'],
    ['correct English', 'en', 'The camp—now home to 3,000 people—is full.'],
    ['code', 'en', 'type `a  ,  b` now'],
  ] as const)('%s (%s)', (_name, lang: TypoLang, input) => {
    expect(suggestTypography(input, { lang }).filter((s) => s.ruleId.startsWith('typo-') || s.ruleId.endsWith('-hyphen-as-dash'))).toEqual([]);
  });
});
