import { DEFAULT_SETTINGS, Settings, TypographySettings } from '../../shared/domain';
import type { SettingsRepo } from '../../db/repositories';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Typography settings, field by field: a library from before a field existed (or with one bad
 * value) keeps the fields it has and takes the defaults for the others.
 */
function readTypography(stored: unknown): TypographySettings {
  const defaults = DEFAULT_SETTINGS.typography;
  if (!isRecord(stored)) return defaults;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as (keyof TypographySettings)[]) {
    const field = TypographySettings.shape[key];
    const value = key === 'profiles' && isRecord(stored.profiles) ? { ...defaults.profiles, ...stored.profiles } : stored[key];
    const parsed = field.safeParse(value);
    out[key] = parsed.success ? parsed.data : defaults[key];
  }
  return out as TypographySettings;
}

/** Reads the settings, each key checked on its own: a bad stored value falls back to its default. */
export function readSettings(repo: SettingsRepo): Settings {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const stored = repo.get(`ui.${key}`);
    if (key === 'typography') {
      out[key] = readTypography(stored);
      continue;
    }
    const parsed = Settings.shape[key].safeParse(stored);
    out[key] = parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  }
  return out as Settings;
}

/**
 * Stores the given settings (already validated by the contract) and returns them all. The
 * typography group is merged over what is stored, field by field, so a patch naming only some of
 * its fields leaves the others as they were.
 */
export function writeSettings(repo: SettingsRepo, patch: Partial<Settings>): Settings {
  for (const key of KEYS) {
    const value = patch[key];
    if (value === undefined) continue;
    if (key === 'typography') repo.set(`ui.${key}`, { ...readTypography(repo.get(`ui.${key}`)), ...(value as Partial<TypographySettings>) });
    else repo.set(`ui.${key}`, value);
  }
  return readSettings(repo);
}
