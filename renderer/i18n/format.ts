/** Fills `{name}` placeholders; unknown placeholders are left visible so they get noticed. */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Locale tags for Intl formatting per UI language. */
export const LOCALE_TAGS = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES' } as const;
