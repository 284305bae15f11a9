import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ReleaseTheme, Theme, ThemeId } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { filterThemes } from './themeSearch';

interface PickerProps {
  assigned: readonly ReleaseTheme[];
  taxonomy: readonly Theme[];
  onChange: (themes: ReleaseTheme[]) => void;
}

/**
 * Theme chips (remove; confirm a suggestion) and an ARIA 1.2 combobox to add a theme from the
 * taxonomy by its label in the UI language. Added themes are marked `manual`.
 */
export function ThemePicker({ assigned, taxonomy, onChange }: PickerProps) {
  const { t, lang, locale } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const byId = useMemo(() => new Map(taxonomy.map((th) => [th.id as string, th])), [taxonomy]);
  const exclude = useMemo(() => new Set(assigned.map((a) => a.id as string)), [assigned]);
  const matches = useMemo(() => filterThemes(taxonomy, query, lang, exclude, locale), [taxonomy, query, lang, exclude, locale]);
  const label = (themeId: string) => byId.get(themeId)?.labels[lang] ?? themeId;
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });

  const add = (theme: Theme) => {
    onChange([...assigned, { id: theme.id as ThemeId, source: 'manual', score: null }]);
    setQuery('');
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
    } else if (e.key === 'Enter' && open && matches[active]) {
      e.preventDefault();
      add(matches[active]);
    } else if (e.key === 'Escape' && (open || query)) {
      e.preventDefault();
      if (open) setOpen(false);
      else setQuery('');
    }
  };
  const activeId = open && matches[active] ? `${id}-opt-${active}` : undefined;
  useEffect(() => {
    if (activeId) listRef.current?.querySelector(`[id="${activeId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <div className="theme-picker">
      {assigned.length === 0 ? (
        <p className="meta-empty">{t('release.themes.none')}</p>
      ) : (
        <ul className="theme-chips" data-testid="theme-chips">
          {assigned.map((a) => {
            const name = label(a.id);
            const auto = a.source === 'auto';
            return (
              <li
                key={a.id}
                className={auto ? 'theme-chip theme-chip-auto' : 'theme-chip'}
                data-testid="theme-chip"
                data-theme-id={a.id}
                data-source={a.source}
                title={auto ? (a.score === null ? t('release.themes.suggested') : t('release.themes.suggestedScore', { score: percent.format(a.score) })) : undefined}
              >
                <span>{name}</span>
                {auto && (
                  <button
                    type="button"
                    className="theme-chip-button"
                    aria-label={t('release.themes.accept', { label: name })}
                    data-testid="theme-chip-accept"
                    onClick={() => onChange(assigned.map((x) => (x.id === a.id ? { ...x, source: 'manual' } : x)))}
                  >
                    ✓
                  </button>
                )}
                <button
                  type="button"
                  className="theme-chip-button"
                  aria-label={t('release.themes.remove', { label: name })}
                  data-testid="theme-chip-remove"
                  onClick={() => onChange(assigned.filter((x) => x.id !== a.id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="combo">
        <input
          type="text"
          role="combobox"
          aria-label={t('release.themes.addLabel')}
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          placeholder={t('release.themes.add')}
          value={query}
          data-testid="theme-combobox"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKey}
        />
        <ul ref={listRef} id={`${id}-list`} role="listbox" className="combo-list" hidden={!open} aria-label={t('release.themes.addLabel')} data-testid="theme-options">
          {open && matches.length === 0 && <li className="combo-empty">{t('release.themes.noMatch')}</li>}
          {open &&
            matches.map((theme, i) => (
              <li
                key={theme.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className="combo-option"
                data-testid="theme-option"
                data-theme-id={theme.id}
                // Keep focus in the input so typing continues after a pick.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => add(theme)}
              >
                {theme.labels[lang]}
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
