import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { TypoDecorations } from '../../../renderer/editor/typography/decorations';
import { TypoStore } from '../../../renderer/editor/typography/store';
import type { Block } from '../../../shared/domain';
import { makeEditor } from '../editor/helpers';

const p = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

function setup(blocks: Block[]) {
  const editor = makeEditor({ blocks });
  const store = new TypoStore({ lang: 'fr', ui: 'fr' }, new Set(), { applyFields: () => 0, ignore: () => {} });
  const deco = new TypoDecorations(editor, store);
  editor.read(() => deco.$refresh(null));
  editor.registerUpdateListener(({ dirtyElements }) => editor.read(() => deco.$refresh(dirtyElements)));
  return { editor, store, deco };
}

/** Appends text to the n-th paragraph's first text node. */
function typeInto(editor: LexicalEditor, n: number, text: string): void {
  editor.update(
    () => {
      const block = $getRoot().getChildren()[n];
      const node = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(node)) node.setTextContent(node.getTextContent() + text);
    },
    { discrete: true },
  );
}

describe('TypoDecorations (incremental)', () => {
  it('computes every block once, then only the block that changed', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => p(`Paragraphe ${i}, et maintenant?`));
    const { editor, store, deco } = setup(blocks);
    expect(deco.computations).toBe(50);
    expect(store.getSnapshot().items).toHaveLength(50);
    typeInto(editor, 7, ' Oui!');
    expect(deco.computations).toBe(51);
    expect(store.getSnapshot().items).toHaveLength(51);
    expect(store.getSnapshot().groups[0]).toMatchObject({ ruleId: 'fr-nnbsp-before-double-punct' });
  });

  it('does not publish a new snapshot when typing leaves the suggestions as they were', () => {
    const { editor, store } = setup([p('Sans rien'), p('Et alors?')]);
    const before = store.getSnapshot();
    typeInto(editor, 0, ' à corriger');
    expect(store.getSnapshot()).toBe(before);
  });

  it('re-reads every block on a full refresh (undo) without re-running the engine on unchanged text', () => {
    const { editor, deco } = setup([p('Un?'), p('Deux?')]);
    editor.read(() => deco.$refresh(null));
    expect(deco.computations).toBe(2);
  });

  it('filters ignored items when the ignored set changes (regroup), without recomputing', () => {
    const { editor, store, deco } = setup([p('Un?'), p('Deux?')]);
    const [first] = store.getSnapshot().items;
    store.setIgnored(new Set(first!.keys));
    editor.read(() => deco.$refresh(null, true));
    expect(store.getSnapshot().items.map((i) => i.text)).toEqual(['Deux?']);
    expect(deco.computations).toBe(2);
  });

  it('finds the next and previous item from the caret or from the shown item, wrapping around', () => {
    const { store, deco } = setup([p('Un?'), p('Rien'), p('Trois?')]);
    const [a, b] = store.getSnapshot().items;
    expect(deco.neighbour({ item: null, caret: { index: 1, offset: 0 } }, 1)?.id).toBe(b!.id);
    expect(deco.neighbour({ item: null, caret: { index: 1, offset: 0 } }, -1)?.id).toBe(a!.id);
    expect(deco.neighbour({ item: b!, caret: null }, 1)?.id).toBe(a!.id);
  });
});
