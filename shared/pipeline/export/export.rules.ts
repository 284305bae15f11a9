import type { Language } from '../../domain';

/** Words the export writes itself, in the release's language (French spacing included). */
export const EXPORT_LABELS: Readonly<Record<Language, { contactIntro: string; contactsHeading: string }>> = {
  fr: { contactIntro: 'Pour plus d’informations, veuillez contacter\u00A0:', contactsHeading: 'Contacts' },
  en: { contactIntro: 'For more information, please contact:', contactsHeading: 'Contacts' },
  es: { contactIntro: 'Para más información, contactar a:', contactsHeading: 'Contactos' },
};

export const DATE_LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES' };
