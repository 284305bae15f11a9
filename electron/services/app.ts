import fs from 'node:fs';
import { MAX_IMPORT_BYTES, type Handlers } from '../../shared/api';
import type { ServiceContext } from './context';
import { readSettings, writeSettings } from './settings';

export function examplesIn(dir: string | null): string[] {
  if (!dir) return [];
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => /\.(txt|md|html?|docx|eml)$/i.test(n))
      .sort();
  } catch {
    return [];
  }
}

/** app.info and settings. */
export function appHandlers(ctx: ServiceContext): Pick<Handlers, 'app.info' | 'settings.get' | 'settings.update'> {
  return {
    'app.info': () => ({
      version: ctx.version,
      mode: ctx.host.mode,
      platform: ctx.platform,
      systemLocale: ctx.systemLocale,
      database: ctx.library.state(),
      capabilities: { nativeDialogs: ctx.host.nativeDialogs },
      limits: { maxImportBytes: MAX_IMPORT_BYTES },
      examplesAvailable: examplesIn(ctx.examplesDir).length > 0,
    }),
    'settings.get': () => readSettings(ctx.library.repos().settings),
    'settings.update': (patch) => writeSettings(ctx.library.repos().settings, patch),
  };
}
