import { DEFAULT_SETTINGS, Settings } from '../../shared/domain';
import type { SettingsRepo } from '../../db/repositories';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Reads the settings, each key checked on its own: a bad stored value falls back to its default. */
export function readSettings(repo: SettingsRepo): Settings {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const field = Settings.shape[key];
    const parsed = field.safeParse(repo.get(`ui.${key}`));
    out[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  }
  return out as Settings;
}

/** Stores the given settings (already validated by the contract) and returns them all. */
export function writeSettings(repo: SettingsRepo, patch: Partial<Settings>): Settings {
  for (const key of KEYS) {
    if (patch[key] !== undefined) repo.set(`ui.${key}`, patch[key]);
  }
  return readSettings(repo);
}
