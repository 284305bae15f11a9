import type { ReactNode } from 'react';

export interface Segment<V extends string> {
  value: V;
  label: ReactNode;
  testId?: string;
}

interface SegmentedControlProps<V extends string> {
  /** Names the group for assistive technology. */
  label: string;
  value: V;
  segments: readonly Segment<V>[];
  onChange(value: V): void;
  testId?: string;
}

/** Two or three mutually exclusive buttons (Library | Trash, Light | Dark | System). */
export function SegmentedControl<V extends string>({ label, value, segments, onChange, testId }: SegmentedControlProps<V>) {
  return (
    <div className="segmented" role="group" aria-label={label} data-testid={testId}>
      {segments.map((s) => (
        <button key={s.value} type="button" aria-pressed={s.value === value} data-testid={s.testId} onClick={() => onChange(s.value)}>
          {s.label}
        </button>
      ))}
    </div>
  );
}
