import { defineMessages } from '../../i18n/define';

/** UI strings of the themes feature (keys prefixed `themes.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
