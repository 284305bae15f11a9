import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../renderer/app/commands';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('browser-mode shortcuts', () => {
  it.each([
    [key('o', { ctrl: true }), 'import'],
    [key('O', { meta: true }), 'import'],
    [key('f', { ctrl: true, shift: true }), 'focus-search'],
    [key('1', { ctrl: true }), 'show-library'],
    [key('Y', { ctrl: true, shift: true }), 'history'],
  ] as const)('%o → %s', (e, command) => {
    expect(commandForKey(e)).toBe(command);
  });

  it('leaves plain keys, Alt combinations and unknown chords alone', () => {
    expect(commandForKey(key('o'))).toBeNull();
    expect(commandForKey(key('o', { ctrl: true, alt: true }))).toBeNull();
    expect(commandForKey(key('q', { ctrl: true }))).toBeNull();
    expect(commandForKey(key('y', { ctrl: true }))).toBeNull();
  });
});
