// electron-builder configuration of the Galley installers (AppImage + deb, NSIS, dmg).
// Used by build/dist.mjs; validated against electron-builder's own schema in
// tests/build/builder-config.test.ts.
'use strict';
const path = require('node:path');
const pkg = require('../package.json');

const electronVersion = pkg.devDependencies.electron;
if (!/^\d+\.\d+\.\d+$/.test(electronVersion)) {
  // The fuses and the native rebuild target one exact Electron; a range would drift.
  throw new Error(`package.json must pin electron to an exact version (found "${electronVersion}")`);
}

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.galley.workbench',
  productName: 'Galley',
  copyright: 'Copyright © Galley',
  electronVersion,
  directories: {
    output: 'release',
    buildResources: 'build',
  },
  // Only the bundles and the built renderer: sources, tests and sourcemaps stay out.
  // package.json and the production dependencies (better-sqlite3) are always added.
  files: [
    'dist/electron/**',
    'dist/renderer/**',
    // The word lists of the dehyphenation stage (built by build/lexicon.mjs).
    'dist/lexicon/**',
    'package.json',
    '!**/*.map',
    '!dist/electron/cli.cjs',
    '!dist/electron/start.cjs',
    '!**/node_modules/better-sqlite3/{deps,src}/**',
  ],
  asar: true,
  // A native module cannot be loaded from inside an asar archive.
  asarUnpack: ['**/node_modules/better-sqlite3/**/*.node'],
  extraResources: [{ from: 'build/examples', to: 'examples', filter: ['**/*'] }],
  // Rebuilds better-sqlite3 for the Electron ABI before packing (see build/dist.mjs for why the
  // Node build is put back afterwards).
  npmRebuild: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Galley <galley@galley.invalid>',
    synopsis: 'Editorial workbench for press releases',
    icon: path.join('build', 'icons'),
    executableName: 'galley',
  },
  deb: {
    packageCategory: 'editors',
  },
  win: {
    target: ['nsis'],
    icon: path.join('build', 'icons', '512x512.png'),
  },
  nsis: {
    // Assisted installer: the user chooses "for me" or "for everyone" (elevating only then) and
    // the folder.
    oneClick: false,
    perMachine: false,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    icon: path.join('build', 'icons', '512x512.png'),
  },
  dmg: {
    title: 'Galley ${version}',
  },
};
