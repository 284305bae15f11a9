import { defineMessages } from '../../i18n/define';

/** UI strings of the release view (keys prefixed `release.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
