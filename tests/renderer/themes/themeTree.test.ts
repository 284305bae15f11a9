import { describe, expect, it } from 'vitest';
import {
  filterThemeTree,
  foldForSearch,
  orderThemes,
  parentChoices,
  selfAndDescendants,
} from '../../../renderer/features/themes/themeTree';
import { taxonomy, theme } from './fixtures';

const ids = (nodes: { theme: { id: string } }[]) => nodes.map((n) => n.theme.id);

describe('orderThemes', () => {
  it('puts children under their parent, siblings sorted by the UI-language label', () => {
    const nodes = orderThemes(taxonomy, 'fr', 'fr-FR');
    expect(nodes.map((n) => [n.theme.id, n.depth])).toEqual([
      ['labour-migration', 0], // « Migration… » sorts before « Retour… » and « Traite… »
      ['return-reintegration', 0],
      ['avr', 1],
      ['avr-sahel', 2],
      ['economic-reintegration', 1],
      ['counter-trafficking', 0],
    ]);
    expect(nodes[1]?.childIds).toEqual(['avr', 'economic-reintegration']);
  });

  it('sorts by the English label in English', () => {
    const top = orderThemes(taxonomy, 'en', 'en-GB').filter((n) => n.depth === 0);
    expect(ids(top)).toEqual(['counter-trafficking', 'labour-migration', 'return-reintegration']);
  });

  it('shows a theme whose parent is unknown or in a cycle at the top level, never hides it', () => {
    const odd = [
      theme('orphan', ['Orphelin', 'Orphan', 'Huérfano'], { parent: 'gone' }),
      theme('a', ['A', 'A', 'A'], { parent: 'b' }),
      theme('b', ['B', 'B', 'B'], { parent: 'a' }),
      theme('c', ['C', 'C', 'C'], { parent: 'a' }),
    ];
    const nodes = orderThemes(odd, 'fr', 'fr-FR');
    expect(nodes).toHaveLength(4);
    expect(nodes.find((n) => n.theme.id === 'orphan')?.depth).toBe(0);
    expect(nodes.find((n) => n.theme.id === 'c')?.depth).toBe(1);
  });
});

describe('filterThemeTree', () => {
  const nodes = orderThemes(taxonomy, 'fr', 'fr-FR');

  it.each([
    ['empty query keeps everything', '  ', ['labour-migration', 'return-reintegration', 'avr', 'avr-sahel', 'economic-reintegration', 'counter-trafficking']],
    ['accent-insensitive, any language', 'reintegracion', ['return-reintegration', 'economic-reintegration']],
    ['keywords count', 'voluntary return', ['return-reintegration', 'avr']],
    ['every word must match', 'sahel retour', ['return-reintegration', 'avr', 'avr-sahel']],
    ['scope note counts', 'workers', ['labour-migration']],
    ['typographic apostrophe equals straight one', "main-d'oeuvre", ['labour-migration']],
  ])('%s', (_name, query, expected) => {
    expect(ids(filterThemeTree(nodes, query))).toEqual(expected);
  });

  it('keeps ancestors of a hit for context, marked as not matching', () => {
    const shown = filterThemeTree(nodes, 'Sahel');
    expect(shown.map((n) => [n.theme.id, n.matches])).toEqual([
      ['return-reintegration', false],
      ['avr', false],
      ['avr-sahel', true],
    ]);
  });

  it('finds nothing for an unknown word', () => {
    expect(filterThemeTree(nodes, 'zzz')).toEqual([]);
  });
});

describe('parents', () => {
  it('a theme cannot move under itself or a descendant', () => {
    expect([...selfAndDescendants(taxonomy, 'return-reintegration')].sort()).toEqual(
      ['avr', 'avr-sahel', 'economic-reintegration', 'return-reintegration'],
    );
    const nodes = orderThemes(taxonomy, 'fr', 'fr-FR');
    expect(ids(parentChoices(nodes, taxonomy, 'avr'))).toEqual([
      'labour-migration',
      'return-reintegration',
      'economic-reintegration',
      'counter-trafficking',
    ]);
    expect(parentChoices(nodes, taxonomy, null)).toHaveLength(taxonomy.length);
  });
});

describe('foldForSearch', () => {
  it('folds case, accents, ligatures and spaces', () => {
    expect(foldForSearch('  Main-d’Œuvre   ÉTRANGÈRE ')).toBe("main-d'oeuvre etrangere");
  });
});
