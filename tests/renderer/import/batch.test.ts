import { describe, expect, it } from 'vitest';
import { ApiError, type ImportFile, type ImportReport } from '../../../shared/api';
import { prepareFile } from '../../../renderer/features/import/prepare';
import { runImportBatch, type BatchProgress } from '../../../renderer/features/import/runBatch';

interface FakeFile {
  name: string;
  size: number;
  bytes?: Uint8Array;
  unreadable?: boolean;
}

const text = (name: string, s: string): FakeFile => {
  const bytes = new TextEncoder().encode(s);
  return { name, size: bytes.length, bytes };
};
const read = async (f: FakeFile) => {
  if (f.unreadable || !f.bytes) throw new Error('NotReadableError');
  return f.bytes;
};
const encode = (b: Uint8Array) => `b64:${b.length}`;
const imported = (name: string, id: string): ImportReport => ({
  items: [{ name, outcome: 'imported', releaseId: id as never, title: `T ${name}`, failure: null, detail: null }],
});

describe('file-size precheck', () => {
  it('refuses a file over the limit without reading it', async () => {
    let reads = 0;
    const result = await prepareFile({ name: 'big.docx', size: 21 }, 20, async () => {
      reads++;
      return new Uint8Array(21);
    }, encode);
    expect(reads).toBe(0);
    expect(result).toMatchObject({ ok: false, item: { name: 'big.docx', outcome: 'failed', failure: 'too_large' } });
  });

  it('accepts a file exactly at the limit', async () => {
    const result = await prepareFile(text('a.txt', 'x'.repeat(20)), 20, read, encode);
    expect(result).toEqual({ ok: true, payload: { name: 'a.txt', dataBase64: 'b64:20' } });
  });

  it('reports a read error as unreadable', async () => {
    const result = await prepareFile({ name: 'gone.txt', size: 3, unreadable: true }, 20, read, encode);
    expect(result).toMatchObject({ ok: false, item: { failure: 'unreadable', detail: 'NotReadableError' } });
  });
});

describe('import batch', () => {
  it('sends one file per request, in order, with progress, and goes on after failures', async () => {
    const sent: ImportFile[] = [];
    const progress: BatchProgress[] = [];
    const files = [
      text('a.txt', 'Alpha'),
      { name: 'huge.html', size: 1000 },
      { name: 'locked.docx', size: 4, unreadable: true },
      text('b.eml', 'Bravo'),
      text('c.md', 'Charlie'),
    ];
    const result = await runImportBatch(files, {
      maxBytes: 100,
      read,
      encode,
      send: async (file) => {
        sent.push(file);
        if (file.name === 'b.eml') throw new ApiError('unavailable', 'connection reset');
        return imported(file.name, `id-${file.name}`);
      },
      onProgress: (p) => progress.push(p),
    });
    expect(sent.map((f) => f.name)).toEqual(['a.txt', 'b.eml', 'c.md']);
    expect(result.items.map((i) => [i.name, i.outcome, i.failure])).toEqual([
      ['a.txt', 'imported', null],
      ['huge.html', 'failed', 'too_large'],
      ['locked.docx', 'failed', 'unreadable'],
      ['b.eml', 'failed', 'internal'],
      ['c.md', 'imported', null],
    ]);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['0/5', '1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(progress.at(-1)?.current).toBeNull();
  });

  it('maps a refused request to the matching failure', async () => {
    const result = await runImportBatch([text('x.pdf', 'x'), text('y.txt', 'y')], {
      maxBytes: 100,
      read,
      encode,
      send: async (file) => {
        throw new ApiError(file.name === 'x.pdf' ? 'unsupported_format' : 'too_large', 'refused');
      },
    });
    expect(result.items.map((i) => i.failure)).toEqual(['unsupported_format', 'too_large']);
  });

  it('stops between files when asked and counts the files left', async () => {
    let stop = false;
    const result = await runImportBatch([text('1.txt', '1'), text('2.txt', '2'), text('3.txt', '3')], {
      maxBytes: 100,
      read,
      encode,
      send: async (file) => {
        stop = true;
        return imported(file.name, 'r1');
      },
      stopped: () => stop,
    });
    expect(result.items).toHaveLength(1);
    expect(result.skipped).toBe(2);
  });

  it('never returns nothing for a file: an empty report becomes a failure', async () => {
    const result = await runImportBatch([text('1.txt', '1')], { maxBytes: 100, read, encode, send: async () => ({ items: [] }) });
    expect(result.items[0]).toMatchObject({ name: '1.txt', outcome: 'failed', failure: 'internal' });
  });
});

describe('import batch queue', () => {
  it('imports files added while it runs (a second drop joins the batch)', async () => {
    const queue = [text('1.txt', '1')];
    const totals: number[] = [];
    const result = await runImportBatch(queue, {
      maxBytes: 100,
      read,
      encode,
      send: async (file) => {
        if (file.name === '1.txt') queue.push(text('2.txt', '2'));
        return imported(file.name, file.name);
      },
      onProgress: (p) => totals.push(p.total),
    });
    expect(result.items.map((i) => i.name)).toEqual(['1.txt', '2.txt']);
    expect(totals).toEqual([1, 2, 2]);
  });
});
