import type { Host } from '../../electron/services/host';

/** A scripted host: dialogs answer what the test queued, and record what they were asked. */
export function testHost(answers: { importPaths?: (string[] | null)[]; savePaths?: (string | null)[] } = {}) {
  const asked: { suggestedName: string; extensions: string[] }[] = [];
  const host: Host = {
    mode: 'test',
    nativeDialogs: true,
    pickImportPaths: async () => answers.importPaths?.shift() ?? null,
    pickSavePath: async (suggestedName, format) => {
      asked.push({ suggestedName, extensions: format.extensions });
      return answers.savePaths?.shift() ?? null;
    },
  };
  return { host, asked };
}
