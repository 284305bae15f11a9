import { defineMessages } from '../../i18n/define';

/** UI strings of the review feature (keys prefixed `review.`). */
export const messages = defineMessages({
  fr: {},
  en: {},
  es: {},
});
