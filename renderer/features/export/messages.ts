import { defineMessages } from '../../i18n/define';

/** UI strings of the export feature (keys prefixed `export.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
