import { describe, expect, it } from 'vitest';
import { detectLanguage, importRaw, NO_LEARNED_LINES } from '../../../shared/pipeline';
import { splitRelease } from '../../../shared/pipeline/split';

describe('detectLanguage', () => {
  it.each([
    ['fr', 'L’Organisation internationale pour les migrations a publié un rapport sur la situation des migrants dans la région.'],
    ['en', 'The International Organization for Migration has published a report on the situation of migrants in the region.'],
    ['es', 'La Organización Internacional para las Migraciones ha publicado un informe sobre la situación de los migrantes en la región.'],
    ['fr', 'GENÈVE – Les officiers chinois ont été formés par l’OIM et ils sont prêts.'],
    ['en', 'GENEVA – Chinese officers were trained by IOM and they are ready to work with the border teams.'],
    ['es', 'GINEBRA – Los oficiales chinos fueron capacitados por la OIM y están listos para trabajar con los equipos.'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text, 'fr')).toBe(lang);
  });

  it.each(['fr', 'en', 'es'] as const)('falls back to %s when nothing tells', (fallback) => {
    expect(detectLanguage('OIM 2026 — 12 345', fallback)).toBe(fallback);
    expect(detectLanguage('', fallback)).toBe(fallback);
  });

  it('ignores case', () => {
    expect(detectLanguage('THE REPORT IS ON THE TABLE AND IT WAS READ', 'fr')).toBe('en');
  });
});

describe('splitRelease', () => {
  it('takes the first non-empty line as the title and every other line as a paragraph', () => {
    const draft = splitRelease('\n\n  Réintégration   à Genève  \n\nLes   migrants sont aidés.\n   \nSecond paragraphe.\n', { defaultLanguage: 'en' });
    expect(draft).toEqual({
      status: 'imported',
      language: 'fr',
      meta: { title: 'Réintégration à Genève', subtitle: '', dateline: '', date: null },
      contacts: [],
      quotes: [],
      body: {
        blocks: [
          { type: 'paragraph', children: [{ text: 'Les migrants sont aidés.' }] },
          { type: 'paragraph', children: [{ text: 'Second paragraphe.' }] },
        ],
      },
      themes: [],
    });
  });

  it('gives a one-line text a title and an empty body', () => {
    expect(splitRelease('Seulement un titre', { defaultLanguage: 'fr' })).toMatchObject({ meta: { title: 'Seulement un titre' }, body: { blocks: [] } });
  });

  it('collapses ordinary spaces and tabs but keeps no-break spaces (U+00A0, U+202F)', () => {
    expect(splitRelease('Titre\nA \t  B\u00A0\u00A0C', { defaultLanguage: 'fr' }).body.blocks[0]).toEqual({ type: 'paragraph', children: [{ text: 'A B\u00A0\u00A0C' }] });
  });

  it('keeps no-break spaces inside lines', () => {
    const draft = splitRelease('Titre\nPourquoi partir\u202F? Genève\u00A0: oui', { defaultLanguage: 'fr' });
    expect(draft.body.blocks[0]).toEqual({ type: 'paragraph', children: [{ text: 'Pourquoi partir\u202F? Genève\u00A0: oui' }] });
  });
});

const CTX = { defaultLanguage: 'fr' as const, lexicon: () => null, learned: NO_LEARNED_LINES, overrides: {} };

describe('importRaw', () => {
  it('decodes then splits', () => {
    const out = importRaw({ name: 'a.txt', bytes: new Uint8Array(Buffer.from('\uFEFFTitle of the release\r\nThe report is on the table.\r\n')) }, CTX);
    expect(out).toMatchObject({ ok: true, doc: { encoding: 'utf-8 (BOM)', mediaType: 'text/plain' }, draft: { language: 'en', meta: { title: 'Title of the release' } } });
  });

  it('passes decoding failures through', () => {
    expect(importRaw({ name: 'a.txt', bytes: new Uint8Array(0) }, CTX)).toMatchObject({ ok: false, failure: 'empty' });
  });
});
