import { z } from 'zod';
import { ThemeId, ThemeLabels, type Theme } from '../../domain';
import raw from './taxonomy.default.json';

const Entry = z.object({ id: ThemeId, fr: z.string(), en: z.string(), es: z.string(), scope: z.string().optional() });
const File = z.object({ version: z.number(), themes: z.array(Entry) });

/** Labels are shown as typeset text: a straight apostrophe between letters becomes ’. */
const typographic = (label: string) => label.replace(/(?<=\p{L})'(?=\p{L})/gu, '’');

/** The default migration-sector taxonomy shipped with Galley (seeded into a new library). */
export function defaultTaxonomy(): Omit<Theme, 'releaseCount'>[] {
  return File.parse(raw).themes.map((t) => ({
    id: t.id,
    labels: ThemeLabels.parse({ fr: typographic(t.fr), en: typographic(t.en), es: typographic(t.es) }),
    scope: t.scope ?? null,
    keywords: { fr: [], en: [], es: [] },
    parent: null,
  }));
}
