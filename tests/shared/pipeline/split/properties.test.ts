// Properties of boilerplate + split on any text: never throws, maps every non-blank line (whole
// lines, segments in bounds and contiguous), loses no character placed in the title or the body,
// and takes huge inputs whole (their speed is measured by bench/scaling.bench.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readable } from '../../../../shared/pipeline/boilerplate';
import type { SplitOutcome } from '../../../../shared/pipeline/model';
import { split } from './docs';

const FRAGMENTS = [
  'L’OIM lance un programme de réinsertion pour 2 400 migrants de retour',
  'GENÈVE, 3 février 2021 – Le nombre de personnes déplacées a augmenté de 14 pour cent.',
  'NAIROBI, Kenya (IOM) - The International Organization for Migration said on Monday that it would help.',
  '« Le retour n’est pas la fin du parcours », a déclaré Aminata Sow-Kane.',
  'Pour plus d’informations, veuillez contacter :',
  'Fatou Ba, OIM Sénégal, +221 33 555 01 42, fba@example.org',
  'Accueil › Actualités › Communiqués',
  'Partager', 'Facebook', 'X', '###', '– Fin –', 'À propos de l’OIM', 'Publié le 21 novembre 2023', 'Tue, 05/14/2024 - 10:12',
  'From: A <a@example.com>', 'Subject: FW: release', 'Bien cordialement,', '<div class="x">', '</p>', '&laquo;&nbsp;Bonjour&nbsp;&raquo;',
  '- Structure organisationnelle', 'Qui sommes nous', 'Qui sommes nousL’Organisation fait partie du système des Nations Unies.',
  '• d’aménager 14 nouveaux sites, avec', '  abris et latrines ;', 'coordi-', 'nation des secours', 'Pays-', 'Bas.', '',
];

const CHARS = ['a', 'B', 'é', 'Ç', ' ', '-', '–', '—', '.', ',', ':', '\u00A0', '\u202F', '<', '>', '&', '#', ';', '/', '«', '»', '"', '1', '2', '@', '\t', '(', ')', '•', '’'];
const line = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\n\r]/g, ' ')),
);
const documents = fc.array(line, { maxLength: 50 }).map((ls) => ls.join('\n'));

const LIST_MARKER = /^\s*(?:[-–—•*·▪◦‣]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)/u;

/** Letters and digits of a text, counted. */
function letters(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text.normalize('NFC').match(/[\p{L}\p{N}]/gu) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

function within(part: Map<string, number>, whole: Map<string, number>): boolean {
  for (const [ch, n] of part) if ((whole.get(ch) ?? 0) < n) return false;
  return true;
}

function checkMap(text: string, out: SplitOutcome): void {
  const lines = text.split('\n');
  const byLine = new Map<number, SplitOutcome['map']['segments']>();
  for (const s of out.map.segments) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
  lines.forEach((l, i) => {
    const segs = (byLine.get(i) ?? []).sort((a, b) => a.start - b.start);
    if (l.trim() === '') return;
    expect(segs.length).toBeGreaterThan(0);
    expect(segs[0]!.start).toBe(0);
    expect(segs.at(-1)!.end).toBe(l.length);
    for (let k = 1; k < segs.length; k++) expect(segs[k]!.start).toBe(segs[k - 1]!.end);
  });
}

function checkNothingLost(text: string, out: SplitOutcome): void {
  const lines = text.split('\n');
  const body = letters(out.paragraphs.join('\n'));
  const title = letters(out.title ?? '');
  for (const s of out.map.segments) {
    const piece = readable(lines[s.line]!.slice(s.start, s.end).replace(LIST_MARKER, ''));
    if (s.dest === 'body') expect(within(letters(piece), body)).toBe(true);
    if (s.dest === 'title') expect(within(letters(piece), title)).toBe(true);
  }
}

describe('split properties', () => {
  it('never throws, maps every non-blank line, loses no title or body character', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('fr', 'en', 'es'), (text, lang) => {
        const out = split(text, { lang });
        checkMap(text, out);
        checkNothingLost(text, out);
      }),
      { numRuns: 400 },
    );
  });

  it('the same with random user overrides', () => {
    fc.assert(
      fc.property(documents, fc.dictionary(fc.nat({ max: 49 }).map(String), fc.constantFrom('title', 'subtitle', 'dateline', 'body', 'contact', 'dropped' as const)), (text, overrides) => {
        const out = split(text, { overrides });
        checkMap(text, out);
        for (const s of out.map.segments) if (overrides[String(s.line)] !== undefined) expect(s.forced).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // Huge inputs must go through whole; their speed is measured by bench/scaling.bench.ts, and the
  // generous timeouts here only catch a hang.
  it('a 5 MB single line goes through, mapped whole', () => {
    const text = 'GENÈVE – Le ' + 'texte du communiqué, '.repeat(250_000);
    const out = split(text);
    checkMap(text, out);
    expect(out.dateline).toBe('GENÈVE');
  }, 120_000);

  it('200,000 short lines go through, every one mapped', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? '' : i % 5 === 0 ? 'Accueil' : `Ligne ${i} du texte.`));
    const text = lines.join('\n');
    const out = split(text);
    checkMap(text, out);
  }, 120_000);

  it('a line of many tags, entities or separators goes through, mapped whole', () => {
    for (const unit of ['<a ', '&amp;', ' - ', 'aB', '«', '/ ']) {
      const text = ['Titre du communiqué', unit.repeat(400_000)].join('\n');
      checkMap(text, split(text));
    }
  }, 120_000);
});
