import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../shared/domain';
import { memoryLibrary } from '../helpers/db';
import { T0 } from '../helpers/clock';

function source(id: string, bytes: Uint8Array) {
  return {
    id: id as SourceId,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fileName: `${id}.txt`,
    mediaType: 'text/plain',
    encoding: 'windows-1252',
    size: bytes.length,
    bytes,
    importedAt: T0,
  };
}

describe('source repository', () => {
  it('keeps the exact original bytes, every value from 0 to 255', () => {
    const { repos } = memoryLibrary();
    const bytes = new Uint8Array(Array.from({ length: 1024 }, (_, i) => (i * 37) % 256));
    const s = source('src-1', bytes);
    repos.sources.insert(s);
    const { bytes: _b, ...info } = s;
    expect(repos.sources.bySha(s.sha256)).toEqual(info);
    expect(repos.sources.byId(s.id)).toEqual(info);
    expect(Array.from(repos.sources.bytes(s.id)!)).toEqual(Array.from(bytes));
    expect(repos.sources.bySha('f'.repeat(64))).toBeNull();
    expect(repos.sources.bytes('nope' as SourceId)).toBeNull();
  });

  it('stores only the viewed slice of a subarray', () => {
    const { repos } = memoryLibrary();
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const s = source('src-1', whole.subarray(2, 4));
    repos.sources.insert(s);
    expect(Array.from(repos.sources.bytes(s.id)!)).toEqual([3, 4]);
  });

  it('refuses the same bytes twice', () => {
    const { repos } = memoryLibrary();
    const bytes = new Uint8Array([1, 2, 3]);
    repos.sources.insert(source('src-1', bytes));
    expect(() => repos.sources.insert(source('src-2', bytes))).toThrow(/UNIQUE/);
  });
});

describe('settings repository', () => {
  it.each([
    ['a string', 'fr'],
    ['a number', 42],
    ['a boolean', true],
    ['null', null],
    ['an object', { name: 'release', id: 'rel-1' }],
    ['an array', [1, 'deux', { trois: 3 }]],
  ])('stores %s as JSON', (_label, value) => {
    const { repos, db } = memoryLibrary();
    repos.settings.set('k', value);
    expect(repos.settings.get('k')).toEqual(value);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe(JSON.stringify(value));
  });

  it('overwrites a key and answers undefined for a missing one', () => {
    const { repos } = memoryLibrary();
    repos.settings.set('k', 1);
    repos.settings.set('k', 2);
    expect(repos.settings.get('k')).toBe(2);
    expect(repos.settings.get('missing')).toBeUndefined();
  });
});
