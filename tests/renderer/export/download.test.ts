import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobType, downloadText, exportDestination, exportOutcome, safeFileName } from '../../../renderer/features/export/download';

describe('safeFileName', () => {
  it.each([
    ['keeps accents and spaces', 'Réintégration des migrants.md', 'md', 'Réintégration des migrants.md'],
    ['adds the extension', 'Communiqué', 'txt', 'Communiqué.txt'],
    ['replaces forbidden characters', 'Qui? Quoi: «OIM» / 2024*', 'md', 'Qui- Quoi- «OIM» - 2024.md'],
    ['never a folder', '../../etc/passwd', 'txt', 'etc-passwd.txt'],
    ['drops control characters and trims dots', '..\u0007Titre. ', 'txt', 'Titre.txt'],
    ['never empty', '   ', 'md', 'release.md'],
    ['avoids reserved Windows names', 'CON', 'txt', 'release.txt'],
    ['case of the extension', 'Note.MD', 'md', 'Note.md'],
  ])('%s', (_name, input, ext, expected) => {
    expect(safeFileName(input, ext)).toBe(expected);
  });

  it('cuts long names', () => {
    const name = safeFileName('é'.repeat(300), 'md');
    expect(name).toBe(`${'é'.repeat(120)}.md`);
  });
});

describe('blobType', () => {
  it.each([
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/markdown; charset=utf-8', 'text/markdown; charset=utf-8'],
    ['application/json', 'application/json'],
    ['', 'application/octet-stream'],
  ])('%s', (input, expected) => expect(blobType(input)).toBe(expected));
});

describe('export outcome', () => {
  const base = { fileName: 'a.md', mediaType: 'text/markdown', content: '# A', savedPath: null, cancelled: false };

  it('uses the native dialog only in the desktop app', () => {
    expect(exportDestination(true)).toBe('dialog');
    expect(exportDestination(false)).toBe('return');
  });

  it.each([
    ['cancelled dialog', { ...base, cancelled: true }, { kind: 'cancelled' }],
    ['saved by the desktop app', { ...base, savedPath: '/home/a/a.md' }, { kind: 'saved', path: '/home/a/a.md' }],
    ['returned for download', { ...base, fileName: 'Titre: 1/2.md' }, { kind: 'download', fileName: 'Titre- 1-2.md', content: '# A', mediaType: 'text/markdown' }],
  ] as const)('%s', (_name, result, expected) => {
    expect(exportOutcome(result, 'md')).toEqual(expected);
  });
});

describe('downloadText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('clicks a hidden link to a Blob URL with the file name', () => {
    vi.useFakeTimers();
    const clicked: Array<{ href: string; download: string }> = [];
    const link = { href: '', download: '', rel: '', style: { display: '' }, click: () => clicked.push({ href: link.href, download: link.download }), remove: vi.fn() };
    const doc = { createElement: () => link, body: { appendChild: vi.fn() } } as unknown as Document;
    const revoke = vi.fn();
    vi.stubGlobal('URL', { createObjectURL: () => 'blob:1', revokeObjectURL: revoke });
    downloadText('texte', 'Titre.txt', 'text/plain', doc);
    expect(clicked).toEqual([{ href: 'blob:1', download: 'Titre.txt' }]);
    expect(link.remove).toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(revoke).toHaveBeenCalledWith('blob:1');
    vi.useRealTimers();
  });
});
