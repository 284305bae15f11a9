// The office's exception list, both forms, and case and accents mapped back onto the text.
import { describe, expect, it } from 'vitest';
import { hyphenate, hyphenationPoints } from '../../../../shared/pipeline/hyphenation';
import { knownWords, marks } from './marks';

describe('exception list', () => {
  it('a word listed plain is never broken, whatever its case or apostrophe', () => {
    const exceptions = ['humanitaire', 'aujourd’hui'];
    expect(marks('aide humanitaire et Humanitaire', 'fr', { exceptions })).toBe('aide humanitaire et Humanitaire');
    expect(marks("aujourd'hui", 'fr', { exceptions })).toBe("aujourd'hui");
    expect(marks('coordination', 'fr', { exceptions })).toBe('co|or|di|na|tion');
  });

  it('a word listed with hyphens breaks there and only there', () => {
    expect(marks('réfugiés', 'fr')).toBe('ré|fu|giés');
    expect(marks('les réfugiés', 'fr', { exceptions: ['ré-fugiés'] })).toBe('les ré|fugiés');
    expect(marks('les RÉFUGIÉS', 'fr', { exceptions: ['ré-fugiés'] })).toBe('les RÉFUGIÉS');
  });

  it('a name listed with hyphens breaks there, though names are otherwise left whole', () => {
    expect(marks('à Bangui', 'fr')).toBe('à Bangui');
    expect(marks('à Bangui', 'fr', { exceptions: ['Ban-gui'] })).toBe('à Ban|gui');
    expect(marks('à bangui', 'fr', { exceptions: ['ban-gui'] })).toBe('à ban|gui');
  });

  it('the listed breaks are not those of the patterns, even against the minimums', () => {
    expect(marks('coordination', 'fr', { exceptions: ['coordi-nation'] })).toBe('coordi|nation');
    expect(marks('coordination', 'fr', { exceptions: ['c-oordination'] })).toBe('c|oordination');
  });

  it('ignores blank entries, spaces and stray hyphens at either end', () => {
    const exceptions = ['', '  ', 'deux mots', '-coordination-'];
    expect(marks('coordination', 'fr', { exceptions })).toBe('coordination');
  });

  it('a listed word after an apostrophe is matched on its own', () => {
    expect(marks('l’organisation', 'fr', { exceptions: ['organisation'] })).toBe('l’organisation');
    expect(marks('l’organisation', 'fr', { exceptions: ['organi-sation'] })).toBe('l’organi|sation');
  });
});

describe('case and accents', () => {
  it('breaks a capitalised common word where its lower-case form breaks', () => {
    const isKnownWord = knownWords(['organisation']);
    expect(marks('Organisation', 'fr', { isKnownWord })).toBe('Or|ga|ni|sa|tion');
  });

  it('maps breaks back onto decomposed accents, never before a combining mark', () => {
    const nfd = 'réfugiés responsabilité'.normalize('NFD');
    const out = hyphenate(nfd, 'fr');
    expect(out.replaceAll('\u00AD', '')).toBe(nfd);
    expect(out).not.toMatch(/\u00AD\p{M}/u);
    expect(out.normalize('NFC').replaceAll('\u00AD', '|')).toBe('ré|fu|giés res|pon|sa|bi|lité');
  });

  it('handles œ, ç and ü', () => {
    expect(marks('manœuvres', 'fr')).not.toMatch(/\|œ|œ\|/u);
    expect(marks('français', 'fr')).toBe('fran|çais');
    expect(marks('pingüino cigüeña', 'es')).toBe('pin|güino ci|güe|ña');
  });

  it('hyphenationPoints gives the offsets hyphenate uses', () => {
    expect(hyphenationPoints('organisation', 'fr')).toEqual([2, 4, 6, 8]);
    expect(hyphenationPoints('porte-parole', 'fr')).toEqual([]);
    expect(hyphenationPoints('Bangui', 'fr', { exceptions: ['Ban-gui'] })).toEqual([3]);
  });
});
