import { defineMessages } from '../../i18n/define';

/** UI strings of the library feature (keys prefixed `library.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
