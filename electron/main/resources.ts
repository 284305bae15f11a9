// Where the main process finds its files, in a checkout (`electron .`) and in a packaged app
// (app.asar + resources/).
import path from 'node:path';

export interface AppLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the project root in a checkout, …/resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where extraResources land in a packaged app. */
  resourcesPath: string;
}

export interface AppResources {
  rendererDir: string;
  preloadPath: string;
  examplesDir: string;
  /** The dehyphenation word lists (dist/lexicon, inside the asar when packaged). */
  lexiconDir: string;
}

/**
 * Paths of the built renderer, the bundled preload and the example releases. The examples ship
 * as an extra resource (outside the asar) when packaged, and are read from build/examples in a
 * checkout. Pure.
 */
export function appResources(loc: AppLocation): AppResources {
  return {
    rendererDir: path.join(loc.appPath, 'dist', 'renderer'),
    preloadPath: path.join(loc.appPath, 'dist', 'electron', 'preload.cjs'),
    examplesDir: loc.isPackaged ? path.join(loc.resourcesPath, 'examples') : path.join(loc.appPath, 'build', 'examples'),
    lexiconDir: path.join(loc.appPath, 'dist', 'lexicon'),
  };
}
