import { useId } from 'react';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  /** Nesting depth, shown as an indent (child themes under their parent). */
  depth?: number;
}

interface SelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange(value: V): void;
  /** Keep the label for assistive technology only (toolbars where the options speak for themselves). */
  hideLabel?: boolean;
  disabled?: boolean;
  testId?: string;
  className?: string;
}

/** A labelled native <select>: keyboard and screen-reader behaviour come from the platform. */
export function Select<V extends string>({ label, value, options, onChange, hideLabel, disabled, testId, className }: SelectProps<V>) {
  const id = useId();
  return (
    <span className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value} disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {'\u2003'.repeat(o.depth ?? 0) + o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
