import { describe, expect, it } from 'vitest';
import { findProtectedSpans } from '../../../../shared/pipeline/typography';
import { protectedMatches } from '../../../../shared/pipeline/typography/protect';

/** The protected substrings of `text`. */
const locked = (text: string): string[] => findProtectedSpans(text, 'fr').map((s) => text.slice(s.start, s.end));

describe('protected spans', () => {
  it.each([
    ['url https', 'voir https://www.iom.int/fr/news?id=3&x=1.', 'https://www.iom.int/fr/news?id=3&x=1'],
    ['url ftp', 'sur ftp://files.example.org/a.zip ;', 'ftp://files.example.org/a.zip'],
    ['bare www', 'sur www.iom.int/fr, puis', 'www.iom.int/fr'],
    ['bare domain', 'sur iom.int.', 'iom.int'],
    ['mailto', 'mailto:presse@iom.int?subject=Info', 'mailto:presse@iom.int?subject=Info'],
    ['e-mail', 'écrire à h.dupraz@example.org.', 'h.dupraz@example.org'],
    ['handle', 'suivez @OIM_fr sur X', '@OIM_fr'],
    ['hashtag', 'avec #MigrationSûre !', '#MigrationSûre'],
    ['file name', 'le fichier rapport_final-2024.pdf joint', 'rapport_final-2024.pdf'],
    ['inline code', 'tapez `a : b` puis', '`a : b`'],
    ['html tag', 'un <a href="x">lien</a>', '<a href="x">'],
    ['html entity', 'Santé &amp; migration', '&amp;'],
    ['UN symbol', 'la résolution S/RES/2417 (2018) du Conseil', 'S/RES/2417 (2018)'],
    ['UN symbol with dots', 'le document A/HRC/55/L.12 adopté', 'A/HRC/55/L.12'],
    ['ISBN', 'ISBN 978-92-9068-123-4', 'ISBN 978-92-9068-123-4'],
    ['international phone', 'tél. +221 33 869 62 00', '+221 33 869 62 00'],
    ['phone with (0)', 'tél. +41 (0)22 717 91 11', '+41 (0)22 717 91 11'],
    ['national phone', 'appeler le 01 23 45 67 89', '01 23 45 67 89'],
    ['dotted phone', 'appeler le 01.23.45.67.89', '01.23.45.67.89'],
    ['Senegal phone', 'appeler le 33 869 62 00', '33 869 62 00'],
    ['postal code', '75007 Paris', '75007'],
    ['Swiss postal code', 'CH-1211 Genève 19', 'CH-1211'],
    ['Canadian postal code', 'Montréal (Québec) H3B 2Y7', 'H3B 2Y7'],
    ['ISO date', 'le 2024-03-12 à Dakar', '2024-03-12'],
    ['ISO date-time', 'à 2024-03-12T09:45:00Z', '2024-03-12T09:45:00Z'],
    ['numeric date', 'le 12/03/2024', '12/03/2024'],
    ['time', 'à 09:45 précises', '09:45'],
    ['time with h', 'à 9h45 précises', '9h45'],
    ['ratio', 'un ratio 3:1', '3:1'],
    ['coordinates', "à 14°41'34\"N", "14°41'34\"N"],
    ['version', 'la version v2.1.3', 'v2.1.3'],
    ['dotted version', 'la version 2.1.3 sort', '2.1.3'],
    ['SDG target', 'la cible 16.2 des ODD', '16.2'],
    ['SDG letter target', 'la cible 5.a', '5.a'],
  ])('%s', (_name, text, span) => {
    expect(locked(text)).toContain(span);
  });

  it.each([
    ['thousands are not phones', '1 000 000 000 personnes'],
    ['a dotted number is not a version', '1.000.000 de personnes'],
    ['a large count after a plus', '+1 200 000 emplois'],
    ['glued sentences are not domains', 'la fin.Le début'],
    ['a year and a name', 'En 2024 Amina part'],
    ['plain prose', 'Le bureau régional de Dakar coordonne l’action.'],
    ['a decimal', 'soit 3,5 millions'],
  ])('%s: nothing locked', (_name, text) => {
    expect(locked(text).filter((s) => /\d{5,}|[ .]\d{3}[ .]|[a-z]\.[A-Z]|\p{L}{4}/u.test(s))).toEqual([]);
  });

  it('returns sorted, merged, non-overlapping spans', () => {
    const text = 'https://a.org/x@y.com et x@y.com, 09:45:00 ; 2024-03-12T09:45';
    const spans = findProtectedSpans(text, 'fr');
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]!.start).toBeGreaterThan(spans[i - 1]!.end);
    expect(protectedMatches(text).length).toBeGreaterThanOrEqual(spans.length);
  });
});
