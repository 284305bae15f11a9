import type { TestServices } from '../../helpers/boot';

/** Imports one pasted text and returns its release id. */
export async function importText(s: TestServices, text: string, name = 'collé'): Promise<string> {
  const report = await s.client.call('releases.import', { files: [{ name, text }] });
  const item = report.items[0]!;
  if (item.outcome !== 'imported' || !item.releaseId) throw new Error(`not imported: ${JSON.stringify(item)}`);
  return item.releaseId;
}
