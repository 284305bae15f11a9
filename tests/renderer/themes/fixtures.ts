import type { Theme, ThemeId } from '../../../shared/domain';

/** A theme for tests: labels in the three languages, optional parent and keywords. */
export function theme(
  id: string,
  labels: [fr: string, en: string, es: string],
  extra: { parent?: string; keywords?: Partial<Theme['keywords']>; scope?: string; releaseCount?: number } = {},
): Theme {
  return {
    id: id as ThemeId,
    labels: { fr: labels[0], en: labels[1], es: labels[2] },
    scope: extra.scope ?? null,
    keywords: { fr: [], en: [], es: [], ...extra.keywords },
    parent: (extra.parent ?? null) as ThemeId | null,
    releaseCount: extra.releaseCount ?? 0,
  };
}

/** A small taxonomy from the default one, with a two-level branch under return-reintegration. */
export const taxonomy: Theme[] = [
  theme('return-reintegration', ['Retour et réintégration', 'Return and reintegration', 'Retorno y reintegración'], {
    keywords: { fr: ['retour volontaire', 'réintégration'], en: ['voluntary return'] },
    releaseCount: 12,
  }),
  theme('counter-trafficking', ['Traite des êtres humains', 'Counter-trafficking', 'Trata de personas']),
  theme('avr', ['Aide au retour volontaire', 'Assisted voluntary return', 'Retorno voluntario asistido'], {
    parent: 'return-reintegration',
  }),
  theme('avr-sahel', ['Retours depuis le Sahel', 'Returns from the Sahel', 'Retornos desde el Sahel'], { parent: 'avr' }),
  theme('economic-reintegration', ['Réintégration économique', 'Economic reintegration', 'Reintegración económica'], {
    parent: 'return-reintegration',
  }),
  theme('labour-migration', ['Migration de main-d’œuvre', 'Labour migration', 'Migración laboral'], { scope: 'Migrant workers' }),
];
