import { z } from 'zod';
import { ThemeId, ThemeLabels, type Theme } from '../../domain';
import raw from './taxonomy.default.json';

const Entry = z.object({ id: ThemeId, fr: z.string(), en: z.string(), es: z.string(), scope: z.string().optional() });
const File = z.object({ version: z.number(), themes: z.array(Entry) });

/** The default migration-sector taxonomy shipped with Galley (seeded into a new library). */
export function defaultTaxonomy(): Omit<Theme, 'releaseCount'>[] {
  return File.parse(raw).themes.map((t) => ({
    id: t.id,
    labels: ThemeLabels.parse({ fr: t.fr, en: t.en, es: t.es }),
    scope: t.scope ?? null,
    keywords: { fr: [], en: [], es: [] },
    parent: null,
  }));
}
