import { useEffect, useId, useRef, useState } from 'react';
import { emptyContact, type Contact } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldValue, moveBy, removeAt, replaceAt } from './listOps';

const FIELDS = [
  { key: 'name', type: 'text' },
  { key: 'role', type: 'text' },
  { key: 'organization', type: 'text' },
  { key: 'phone', type: 'tel' },
  { key: 'phoneAlt', type: 'tel' },
  { key: 'email', type: 'email' },
] as const satisfies ReadonlyArray<{ key: keyof Contact; type: string }>;

/** Focus to restore after the list re-renders: the moved card's button, or a new card's name. */
type FocusTarget = { index: number; control: 'up' | 'down' | 'name' | 'add' };

/** The contact block: add, remove and reorder contacts; each with its six fields. */
export function ContactsEditor({ contacts, onChange }: { contacts: readonly Contact[]; onChange: (contacts: Contact[]) => void }) {
  const { t } = useI18n();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);

  useEffect(() => {
    if (!focus) return;
    const selector = focus.control === 'add' ? '[data-testid="contact-add"]' : `[data-contact="${focus.index}"] [data-control="${focus.control}"]`;
    const el = root.current?.querySelector<HTMLElement>(selector);
    // A moved card's button may be disabled at the end of the list: fall back to the other one.
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else root.current?.querySelector<HTMLElement>(`[data-contact="${focus.index}"] [data-control]:not(:disabled)`)?.focus();
    setFocus(null);
  }, [focus]);

  const move = (index: number, delta: number) => {
    onChange(moveBy(contacts, index, delta));
    setFocus({ index: index + delta, control: delta < 0 ? 'up' : 'down' });
  };

  return (
    <div className="contacts" ref={root}>
      {contacts.length === 0 && <p className="meta-empty">{t('release.contacts.none')}</p>}
      <ol className="contact-list">
        {contacts.map((contact, i) => {
          const n = i + 1;
          return (
            <li key={i} className="contact-card" data-contact={i} data-testid="contact-card">
              <div className="contact-card-head">
                <span className="contact-card-title">{contact.name?.trim() || t('release.contacts.item', { n })}</span>
                <span className="contact-card-tools">
                  <button type="button" className="icon-button" data-control="up" aria-label={t('release.contacts.moveUp', { n })} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-control="down"
                    aria-label={t('release.contacts.moveDown', { n })}
                    disabled={i === contacts.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-control="remove"
                    data-testid="contact-remove"
                    aria-label={t('release.contacts.remove', { n })}
                    onClick={() => {
                      onChange(removeAt(contacts, i));
                      setFocus(contacts.length > 1 ? { index: Math.max(0, i - 1), control: 'name' } : { index: 0, control: 'add' });
                    }}
                  >
                    ×
                  </button>
                </span>
              </div>
              <div className="contact-fields">
                {FIELDS.map((f) => {
                  const inputId = `${id}-${i}-${f.key}`;
                  return (
                    <div key={f.key} className={`field contact-field-${f.key}`}>
                      <label htmlFor={inputId}>{t(`release.contact.${f.key}`)}</label>
                      <input
                        id={inputId}
                        type={f.type}
                        autoComplete="off"
                        data-control={f.key === 'name' ? 'name' : undefined}
                        data-testid={`contact-${f.key}`}
                        value={contact[f.key] ?? ''}
                        onChange={(e) => onChange(replaceAt(contacts, i, { ...contact, [f.key]: fieldValue(e.target.value) }))}
                      />
                    </div>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="contacts-add"
        data-testid="contact-add"
        onClick={() => {
          onChange([...contacts, emptyContact()]);
          setFocus({ index: contacts.length, control: 'name' });
        }}
      >
        + {t('release.contacts.add')}
      </button>
    </div>
  );
}
