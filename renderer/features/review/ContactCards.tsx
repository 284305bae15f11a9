import { useEffect, useId, useRef, useState } from 'react';
import { emptyContact, type Contact } from '../../../shared/domain';
import { useI18n } from '../../i18n/I18nProvider';

const FIELDS = [
  { key: 'name', type: 'text', wide: true },
  { key: 'organization', type: 'text', wide: true },
  { key: 'role', type: 'text', wide: true },
  { key: 'phone', type: 'tel', wide: false },
  { key: 'phoneAlt', type: 'tel', wide: false },
  { key: 'email', type: 'email', wide: true },
] as const satisfies ReadonlyArray<{ key: keyof Contact; type: string; wide: boolean }>;

/** Empty input → null, as the domain stores an absent value. */
const valueOf = (s: string): string | null => (s.trim() === '' ? null : s);

/** A changed field; a retyped phone drops its international form (it no longer matches). */
function patchFor(key: (typeof FIELDS)[number]['key'], value: string | null): Partial<Contact> {
  if (key === 'phone') return { phone: value, phoneIntl: null };
  if (key === 'phoneAlt') return { phoneAlt: value, phoneAltIntl: null };
  return { [key]: value };
}

/** The contacts of the split as editable cards: six fields each, add and remove. */
export function ContactCards({ contacts, onChange }: { contacts: readonly Contact[]; onChange: (next: Contact[]) => void }) {
  const { t } = useI18n();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const [focusCard, setFocusCard] = useState<number | 'add' | null>(null);

  useEffect(() => {
    if (focusCard === null) return;
    const selector = focusCard === 'add' ? '[data-testid="review-contact-add"]' : `[data-card="${focusCard}"] input`;
    root.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocusCard(null);
  }, [focusCard]);

  const update = (index: number, patch: Partial<Contact>) => onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <div className="review-contacts" ref={root} data-field="contacts" tabIndex={-1}>
      {contacts.length === 0 && <p className="review-empty">{t('review.contacts.none')}</p>}
      <ol className="review-contact-list">
        {contacts.map((contact, i) => (
          <li key={i} className="review-contact" data-card={i} data-testid="review-contact">
            <div className="review-contact-head">
              <span className="review-contact-title">{contact.name?.trim() || contact.organization?.trim() || t('review.contacts.item', { n: i + 1 })}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('review.contacts.remove', { n: i + 1 })}
                title={t('review.contacts.remove', { n: i + 1 })}
                data-testid="review-contact-remove"
                onClick={() => {
                  onChange(contacts.filter((_, j) => j !== i));
                  setFocusCard(contacts.length > 1 ? Math.max(0, i - 1) : 'add');
                }}
              >
                ×
              </button>
            </div>
            <div className="review-contact-fields">
              {FIELDS.map((f) => (
                <div key={f.key} className={`review-contact-field${f.wide ? ' is-wide' : ''}`}>
                  <label htmlFor={`${id}-${i}-${f.key}`}>{t(`review.contact.${f.key}`)}</label>
                  <input
                    id={`${id}-${i}-${f.key}`}
                    type={f.type}
                    autoComplete="off"
                    value={contact[f.key] ?? ''}
                    data-testid={`review-contact-${f.key}`}
                    onChange={(e) => update(i, patchFor(f.key, valueOf(e.target.value)))}
                  />
                </div>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="review-contact-add"
        data-testid="review-contact-add"
        onClick={() => {
          onChange([...contacts, emptyContact()]);
          setFocusCard(contacts.length);
        }}
      >
        + {t('review.contacts.add')}
      </button>
    </div>
  );
}
