import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, defaultDirection, isUnfiltered, listInput, queryKey } from '../../../renderer/features/library/query';
import { ListQuery } from '../../../shared/api';

describe('library query', () => {
  it('keys ignore surrounding spaces of the search', () => {
    expect(queryKey({ ...DEFAULT_QUERY, search: ' migration ' })).toBe(queryKey({ ...DEFAULT_QUERY, search: 'migration' }));
    expect(queryKey({ ...DEFAULT_QUERY, trash: true })).not.toBe(queryKey(DEFAULT_QUERY));
  });

  it('knows when nothing narrows the list down (first-run and empty-trash states)', () => {
    expect(isUnfiltered(DEFAULT_QUERY)).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_QUERY, trash: true, sort: 'title' })).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_QUERY, search: '  ' })).toBe(true);
    expect(isUnfiltered({ ...DEFAULT_QUERY, language: 'es' })).toBe(false);
  });

  it('builds a valid releases.list input', () => {
    const input = listInput({ ...DEFAULT_QUERY, search: ' réintégration ', sort: 'title', direction: 'asc' }, 200, 100);
    expect(ListQuery.parse(input)).toMatchObject({ search: 'réintégration', offset: 200, limit: 100, sort: 'title', direction: 'asc' });
  });

  it('titles sort A to Z first, dates newest first', () => {
    expect(defaultDirection('title')).toBe('asc');
    expect(defaultDirection('date')).toBe('desc');
    expect(defaultDirection('updated')).toBe('desc');
  });
});
