import { useEffect, useState } from 'react';
import { LANGUAGES, type TypographySettings } from '../../../shared/domain';
import { profilesOf } from '../../../shared/pipeline/typography';
import { useApp } from '../../app/AppContext';
import { plural } from '../../app/plural';
import { useI18n } from '../../i18n/I18nProvider';
import { parseExceptions } from './typographySettings';
import { TypographyRules } from './TypographyRules';

/** Typography preferences: a profile per language, the no-break space, rule toggles, hyphenation exceptions. */
export function TypographySection() {
  const { t, lang, locale } = useI18n();
  const { settings, updateSettings } = useApp();
  const typo = settings.typography;
  const save = (next: TypographySettings) => updateSettings({ typography: next });

  // The list is edited freely and saved when the field is left (not on every keystroke).
  // Compared as text: saving another setting returns an equal list, which must not reset the field.
  const stored = typo.hyphenationExceptions.join('\n');
  const [exceptions, setExceptions] = useState(stored);
  const [rejected, setRejected] = useState(0);
  useEffect(() => setExceptions(stored), [stored]);
  const saveExceptions = () => {
    const parsed = parseExceptions(exceptions);
    setRejected(parsed.rejected);
    setExceptions(parsed.words.join('\n'));
    if (parsed.words.join('\n') !== stored) save({ ...typo, hyphenationExceptions: parsed.words });
  };

  return (
    <section className="settings-card" aria-labelledby="settings-typography" data-testid="settings-typography">
      <h2 id="settings-typography">{t('settings.typo.section')}</h2>
      <p className="settings-hint settings-intro">{t('settings.typo.intro')}</p>

      {LANGUAGES.map((l) => (
        <div className="settings-field" key={l}>
          <label htmlFor={`settings-typo-profile-${l}`}>{t(`settings.typo.profile.${l}`)}</label>
          <select
            id={`settings-typo-profile-${l}`}
            data-testid={`typography-profile-${l}`}
            value={typo.profiles[l]}
            onChange={(e) => save({ ...typo, profiles: { ...typo.profiles, [l]: e.target.value } })}
          >
            {profilesOf(l).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label[lang]}
              </option>
            ))}
          </select>
        </div>
      ))}

      <div className="settings-field">
        <span />
        <label className="typo-settings-check">
          <input type="checkbox" data-testid="typography-wide-nbsp" checked={typo.wideNbsp} aria-describedby="settings-typo-wide-hint" onChange={(e) => save({ ...typo, wideNbsp: e.target.checked })} />
          {t('settings.typo.wideNbsp')}
        </label>
        <p id="settings-typo-wide-hint" className="settings-hint">
          {t('settings.typo.wideNbsp.hint')}
        </p>
      </div>

      <TypographyRules value={typo} onChange={save} />

      <div className="typo-settings-exceptions">
        <h3 id="settings-typo-exceptions-title">{t('settings.typo.exceptions')}</h3>
        <p id="settings-typo-exceptions-hint" className="settings-hint">
          {t('settings.typo.exceptions.hint')}
        </p>
        <textarea
          id="settings-typo-exceptions"
          aria-labelledby="settings-typo-exceptions-title"
          data-testid="hyphenation-exceptions"
          aria-describedby="settings-typo-exceptions-hint settings-typo-exceptions-status"
          rows={6}
          spellCheck={false}
          value={exceptions}
          onChange={(e) => setExceptions(e.target.value)}
          onBlur={saveExceptions}
        />
        <p id="settings-typo-exceptions-status" className="settings-hint" aria-live="polite">
          {plural(t, locale, { one: 'settings.typo.exceptions.count.one', other: 'settings.typo.exceptions.count.other' }, typo.hyphenationExceptions.length)}
          {rejected > 0 && <> · {plural(t, locale, { one: 'settings.typo.exceptions.rejected.one', other: 'settings.typo.exceptions.rejected.other' }, rejected)}</>}
        </p>
      </div>
    </section>
  );
}
