// The hyphenation preview: what it computes for the body, and what it renders (server-side
// rendering: the markup the dialog starts with), in the three UI languages.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import { HyphenationColumn, HyphenationPreview } from '../../../renderer/features/typography/HyphenationPreview';
import { hyphenationMessages } from '../../../renderer/features/typography/hyphenationMessages';
import { hyphenatePreview, splitAtBreaks } from '../../../renderer/features/typography/hyphenationModel';

const SHY = '\u00AD';
const BODY = [
  { type: 'heading', text: 'Une responsabilité internationale' },
  { type: 'paragraph', text: 'L’organisation humanitaire à Bangui, porte-parole, le 12 mars 2024.' },
  { type: 'list-item', text: 'coordination' },
  { type: 'quote', text: 'Nous' },
];

describe('hyphenatePreview', () => {
  it('hyphenates body blocks and leaves headings whole', () => {
    const s = hyphenatePreview(BODY, 'fr', []);
    expect(s.blocks[0]!.text).toBe(BODY[0]!.text);
    expect(s.blocks[1]!.text).toContain(`orga${SHY}ni${SHY}sa${SHY}tion`);
    expect(s.blocks[1]!.text).toContain('Bangui');
    expect(s.blocks[1]!.text).toContain('porte-parole');
    expect(s.blocks[2]!.text).toBe(`co${SHY}or${SHY}di${SHY}na${SHY}tion`);
    expect(s.blocks.map((b) => b.text.replaceAll(SHY, ''))).toEqual(BODY.map((b) => b.text));
  });

  it('counts words, hyphenated words and breaks of the hyphenated blocks', () => {
    const s = hyphenatePreview(BODY, 'fr', []);
    // L’organisation humanitaire à Bangui porte-parole le 12 mars 2024 | coordination | Nous
    expect(s.words).toBe(11);
    expect(s.hyphenated).toBe(3);
    expect(s.breaks).toBe(3 + 3 + 4);
  });

  it('applies the office’s exception list', () => {
    const s = hyphenatePreview(BODY, 'fr', ['Ban-gui', 'coordination']);
    expect(s.blocks[1]!.text).toContain(`Ban${SHY}gui`);
    expect(s.blocks[2]!.text).toBe('coordination');
  });

  it('splitAtBreaks gives the pieces between soft hyphens', () => {
    expect(splitAtBreaks(`co${SHY}or${SHY}di`)).toEqual(['co', 'or', 'di']);
    expect(splitAtBreaks('mot')).toEqual(['mot']);
  });
});

describe('HyphenationColumn', () => {
  const blocks = hyphenatePreview(BODY, 'fr', []).blocks;

  it('sets a justified column of the chosen width, in the release language, with a mark at each break', () => {
    const html = renderToStaticMarkup(<HyphenationColumn blocks={blocks} lang="fr" width={28} marks label="Colonne" />);
    expect(html).toContain('width:28ch');
    expect(html).toContain('lang="fr"');
    expect(html).toContain('data-marks="true"');
    expect(html).toContain('aria-label="Colonne"');
    expect(html.match(/class="hyph-mark"/g)).toHaveLength(10);
    expect(html).toContain('<h3>Une responsabilité internationale</h3>');
    expect(html).toContain('<blockquote>Nous</blockquote>');
    expect(html).toContain('class="hyph-item"');
  });

  it('keeps the soft hyphens in the text so the browser breaks there', () => {
    const html = renderToStaticMarkup(<HyphenationColumn blocks={blocks} lang="fr" width={36} marks={false} label="x" />);
    expect(html).toContain('data-marks="false"');
    expect((html.match(new RegExp(SHY, 'g')) ?? []).length).toBe(10);
  });
});

describe('HyphenationPreview', () => {
  it.each(['fr', 'en', 'es'] as const)('renders its controls and counts in %s', (ui) => {
    const html = renderToStaticMarkup(
      <I18nProvider lang={ui}>
        <HyphenationPreview blocks={BODY} lang="fr" exceptions={[]} onClose={() => {}} />
      </I18nProvider>,
    );
    const m = hyphenationMessages[ui];
    for (const id of ['hyphenation-preview', 'hyphenation-width', 'hyphenation-width-28', 'hyphenation-width-36', 'hyphenation-width-48', 'hyphenation-marks', 'hyphenation-column', 'hyphenation-count']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain(m['hyphenation.title']);
    expect(html).toContain(m['hyphenation.marks']);
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="hyphenation-width-36"/);
    expect(html).toContain('width:36ch');
    expect(html).toContain(m['hyphenation.words.other'].replace('{n}', '3').replace('{total}', '11'));
  });

  it('says so when the body is empty', () => {
    const html = renderToStaticMarkup(
      <I18nProvider lang="fr">
        <HyphenationPreview blocks={[{ type: 'paragraph', text: '' }]} lang="fr" exceptions={[]} onClose={() => {}} />
      </I18nProvider>,
    );
    expect(html).toContain(hyphenationMessages.fr['hyphenation.empty']);
    expect(html).not.toContain('data-testid="hyphenation-column"');
  });
});

describe('hyphenation preview strings', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

  it('have the same keys and placeholders in fr, en and es', () => {
    const fr = hyphenationMessages.fr as Record<string, string>;
    for (const lang of ['en', 'es'] as const) {
      const other = hyphenationMessages[lang] as Record<string, string>;
      expect(Object.keys(other).sort()).toEqual(Object.keys(fr).sort());
      for (const key of Object.keys(fr)) expect(placeholders(other[key]!), `${lang} ${key}`).toEqual(placeholders(fr[key]!));
    }
  });

  it('follow French typography', () => {
    for (const [key, text] of Object.entries(hyphenationMessages.fr)) {
      expect(text, key).not.toMatch(/'/);
      expect(text, key).not.toMatch(/ [:;!?»]/);
      expect(text, key).not.toMatch(/[^\s\u00A0\u202F{(][;!?](?=\s|$)/u);
      expect(text, key).not.toMatch(/[^\s\u00A0\u202F{(/]:(?=\s|$)/u);
    }
  });
});
