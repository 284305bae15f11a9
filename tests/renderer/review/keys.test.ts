import { describe, expect, it } from 'vitest';
import { reviewActionForKey } from '../../../renderer/features/review/keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('review shortcuts', () => {
  it.each([
    ['t', 'title'],
    ['S', 'subtitle'],
    ['d', 'dateline'],
    ['b', 'body'],
    ['c', 'contact'],
    ['x', 'dropped'],
    ['Delete', 'dropped'],
    ['r', 'restore'],
  ])('%s re-assigns to %s', (k, to) => {
    expect(reviewActionForKey(key(k), false)).toEqual({ kind: 'assign', to });
  });

  it('A and N set the remembered rules', () => {
    expect(reviewActionForKey(key('a'), false)).toEqual({ kind: 'rule', rule: 'always-drop' });
    expect(reviewActionForKey(key('N'), false)).toEqual({ kind: 'rule', rule: 'never-drop' });
  });

  it('Ctrl/Cmd+Enter confirms, even from a field', () => {
    expect(reviewActionForKey(key('Enter', { ctrlKey: true }), true)).toEqual({ kind: 'confirm' });
    expect(reviewActionForKey(key('Enter', { metaKey: true }), false)).toEqual({ kind: 'confirm' });
    expect(reviewActionForKey(key('Enter'), false)).toBeNull();
  });

  it('letters typed into a field, and letters with Ctrl, Cmd or Alt, are left alone', () => {
    expect(reviewActionForKey(key('t'), true)).toBeNull();
    expect(reviewActionForKey(key('Delete'), true)).toBeNull();
    expect(reviewActionForKey(key('c', { ctrlKey: true }), false)).toBeNull();
    expect(reviewActionForKey(key('b', { metaKey: true }), false)).toBeNull();
    expect(reviewActionForKey(key('t', { altKey: true }), false)).toBeNull();
    expect(reviewActionForKey(key('q'), false)).toBeNull();
    expect(reviewActionForKey(key('ArrowDown'), false)).toBeNull();
  });
});
