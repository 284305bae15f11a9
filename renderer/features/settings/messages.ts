import { defineMessages } from '../../i18n/define';
import { recoveryMessages } from './recoveryMessages';
import { settingsMessages } from './settingsMessages';

/** UI strings of the settings feature: the settings screen (`settings.`) and the recovery screen (`recovery.`). */
export const messages = defineMessages({
  fr: { ...settingsMessages.fr, ...recoveryMessages.fr },
  en: { ...settingsMessages.en, ...recoveryMessages.en },
  es: { ...settingsMessages.es, ...recoveryMessages.es },
});
