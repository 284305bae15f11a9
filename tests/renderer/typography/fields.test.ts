import { describe, expect, it } from 'vitest';
import { TypoStore } from '../../../renderer/editor/typography/store';
import { applyFieldItems, fieldItems } from '../../../renderer/features/typography/fields';

const meta = { title: 'Et maintenant?', subtitle: 'Rien à signaler', dateline: '' };

describe('fieldItems / applyFieldItems', () => {
  it('suggests on the one-line fields, tagged with their field, and applies them to the draft fields', () => {
    const items = fieldItems(meta, { lang: 'fr', ui: 'fr' }, new Set());
    expect(items.map((i) => [i.source, i.ruleId])).toEqual([['title', 'fr-nnbsp-before-double-punct']]);
    expect(applyFieldItems(meta, items)).toEqual({ patch: { title: 'Et maintenant\u202F?' }, applied: 1 });
  });

  it('leaves out ignored items and skips items computed on an older text', () => {
    const items = fieldItems(meta, { lang: 'fr' }, new Set());
    expect(fieldItems(meta, { lang: 'fr' }, new Set(items[0]!.keys))).toEqual([]);
    expect(applyFieldItems({ ...meta, title: 'Et après?' }, items)).toEqual({ patch: {}, applied: 0 });
  });
});

describe('TypoStore', () => {
  it('lists fields before the body, routes each to its applier, and notifies only on change', () => {
    const applied: string[] = [];
    const store = new TypoStore({ lang: 'fr' }, new Set(), { applyFields: (items) => (applied.push(...items.map((i) => i.source)), items.length), ignore: () => {} });
    const fields = fieldItems(meta, { lang: 'fr' }, new Set());
    const body = fieldItems({ title: '', subtitle: 'Oui?', dateline: '' }, { lang: 'fr' }, new Set()).map((i) => ({ ...i, source: 'body' as const }));
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.setBody(body);
    store.setFields(fields);
    store.setFields([...fields]);
    expect(notified).toBe(2);
    expect(store.getSnapshot().items.map((i) => i.source)).toEqual(['title', 'body']);
    expect(store.getSnapshot().groups).toHaveLength(1);

    const toEditor: string[] = [];
    const detach = store.attach({ apply: (items) => (toEditor.push(...items.map((i) => i.id)), items.length), reveal: () => {} });
    expect(store.apply(store.getSnapshot().items)).toBe(2);
    expect(applied).toEqual(['title']);
    expect(toEditor).toEqual([body[0]!.id]);
    detach();
    // Without the editor, body items cannot be applied.
    expect(store.apply(body)).toBe(0);
  });

  it('tells the editor why it must refresh: a new context, or a new ignored set', () => {
    const store = new TypoStore({ lang: 'fr' }, new Set(), { applyFields: () => 0, ignore: () => {} });
    const reasons: string[] = [];
    store.onSettings((r) => reasons.push(r));
    store.setContext({ lang: 'fr' });
    store.setContext({ lang: 'fr', wideNbsp: true });
    store.setIgnored(new Set(['k']));
    expect(reasons).toEqual(['context', 'ignored']);
  });
});
