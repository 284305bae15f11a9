import { describe, expect, it } from 'vitest';
import { applySuggestions, suggestTypography, type TypoLang } from '../../../../shared/pipeline/typography';
import { languageRuns, pairDoubleQuotes, passageLanguage } from '../../../../shared/pipeline/typography/runs';

const NN = '\u202F';
const fix = (text: string, lang: TypoLang): string => applySuggestions(text, suggestTypography(text, { lang }));

describe('passageLanguage', () => {
  it.each([
    ['Nous sommes prêts à les accueillir dans nos villes', 'fr'],
    ['We are ready to welcome them in our cities', 'en'],
    ['Estamos listos para recibirlos en nuestras ciudades', 'es'],
    ['¿Qué haremos ahora con todos ellos?', 'es'],
  ] as const)('%j is %s', (text, lang) => expect(passageLanguage(text)).toBe(lang));

  it.each(['World Migration Report', 'Partir', 'la OIM en Dakar'])('%j has no clear language', (text) => expect(passageLanguage(text)).toBeNull());
});

describe('languageRuns', () => {
  it('covers the quoted text inside the marks, without the padding spaces', () => {
    const text = 'The mayor said « Nous sommes prêts à les accueillir » on Monday.';
    const runs = languageRuns(text, 'en');
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(text.slice(run?.start, run?.end)).toBe('Nous sommes prêts à les accueillir');
    expect(run?.lang).toBe('fr');
  });

  it('finds passages in “ ”, straight quotes and ‘ ’', () => {
    expect(languageRuns('He said “Nous sommes prêts à partir” then.', 'en')[0]?.lang).toBe('fr');
    expect(languageRuns('Dijo: "We are ready for the next step" y se fue.', 'es')[0]?.lang).toBe('en');
    expect(languageRuns('Il a dit ‘we are not ready for this’ hier.', 'fr')[0]?.lang).toBe('en');
  });

  it('gives no run for a quotation in the host language, a short title or an unbalanced quote', () => {
    expect(languageRuns('He said “we are ready for the next step” then.', 'en')).toEqual([]);
    expect(languageRuns('Le rapport « World Migration Report » paraît.', 'fr')).toEqual([]);
    expect(languageRuns('He said "nous sommes prêts à partir', 'en')).toEqual([]);
    expect(languageRuns('No quotes at all in this text.', 'en')).toEqual([]);
  });

  it('pairs padded straight quotes only when all straight quotes pair', () => {
    expect(pairDoubleQuotes('dijo " Volver " ayer')).toEqual([{ open: 5, close: 14 }]);
    expect(pairDoubleQuotes('dijo " Volver ayer')).toEqual([]);
  });
});

describe('a passage in another language keeps its own typography', () => {
  it('a French quotation in English copy keeps its narrow no-break space before ?', () => {
    const text = `The mayor asked: “Où allez-vous dormir ce soir${NN}?” and left.`;
    expect(suggestTypography(text, { lang: 'en' })).toEqual([]);
  });

  it('French guillemets around a French quotation in English become “ ”, the quotation keeps its spaces', () => {
    expect(fix(`He asked « Où allez-vous dormir ce soir${NN}? »`, 'en')).toBe(`He asked “Où allez-vous dormir ce soir${NN}?”`);
  });

  it('an English title in a French release keeps its English punctuation and curly quotes', () => {
    const out = fix('Le rapport « What’s next for the “climate” migrants? » paraît.', 'fr');
    expect(out).toContain('What’s next for the “climate” migrants?');
    expect(out).not.toContain(`migrants${NN}?`);
  });

  it('an English quotation in Spanish copy gets « » but no ¿', () => {
    expect(fix('Dijo: "Where are you going with all of them?" y se fue.', 'es')).toBe('Dijo: «Where are you going with all of them?» y se fue.');
  });

  it('a Spanish quotation in English copy gets its ¿', () => {
    expect(fix('She asked "Qué haremos ahora con todos ellos?" twice.', 'en')).toBe('She asked “¿Qué haremos ahora con todos ellos?” twice.');
  });

  it('the English host around a French quotation still drops its own French spaces', () => {
    expect(fix(`Why${NN}? He said « Nous sommes prêts à partir${NN}! »`, 'en')).toBe(`Why? He said “Nous sommes prêts à partir${NN}!”`);
  });
});
