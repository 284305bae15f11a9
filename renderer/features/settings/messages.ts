import { defineMessages } from '../../i18n/define';
import { recoveryMessages } from './recoveryMessages';
import { settingsMessages } from './settingsMessages';
import { typographySettingsMessages } from './typographySettingsMessages';

/** UI strings of the settings feature: the settings screen (`settings.`) and the recovery screen (`recovery.`). */
export const messages = defineMessages({
  fr: { ...settingsMessages.fr, ...typographySettingsMessages.fr, ...recoveryMessages.fr },
  en: { ...settingsMessages.en, ...typographySettingsMessages.en, ...recoveryMessages.en },
  es: { ...settingsMessages.es, ...typographySettingsMessages.es, ...recoveryMessages.es },
});
