import { defineMessages } from '../../i18n/define';

/** UI strings of the import feature (keys prefixed `import.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
