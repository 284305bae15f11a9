import { defineMessages } from '../../i18n/define';

/** UI strings of the settings feature (keys prefixed `settings.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
