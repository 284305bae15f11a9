import { defineMessages } from '../i18n/define';

/** UI strings of the body editor (keys prefixed `editor.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
