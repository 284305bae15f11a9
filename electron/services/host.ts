/**
 * Native capabilities the services need from whoever hosts them: Electron dialogs in the desktop
 * app; nothing in browser mode (the page uses file inputs and downloads); scripted in tests.
 */
export interface Host {
  readonly mode: 'desktop' | 'browser' | 'test';
  /** True when the pick/save functions show real dialogs. */
  readonly nativeDialogs: boolean;
  /** Asks the user for files to import; absolute paths, or null when cancelled. */
  pickImportPaths(): Promise<string[] | null>;
  /** Asks where to save an export; the chosen absolute path, or null when cancelled. */
  pickSavePath(suggestedName: string, format: { name: string; extensions: string[] }): Promise<string | null>;
}

/** The host of browser mode and of the CLI: no dialogs (the renderer or the user supplies files). */
export const headlessHost = (mode: 'browser' | 'test'): Host => ({
  mode,
  nativeDialogs: false,
  pickImportPaths: async () => null,
  pickSavePath: async () => null,
});
