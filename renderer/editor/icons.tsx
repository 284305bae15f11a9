import type { ReactNode } from 'react';

/** Small line icons for the editor toolbar; decorative (the buttons carry the labels). */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="ge-icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const BulletListIcon = () => (
  <Icon>
    <circle cx="2.75" cy="4" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="2.75" cy="8" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="2.75" cy="12" r="0.9" fill="currentColor" stroke="none" />
    <path d="M6 4h8M6 8h8M6 12h8" />
  </Icon>
);

export const NumberListIcon = () => (
  <Icon>
    <path d="M2 2.75h1.25v3M2 5.75h2.5M2 9.5c0-.7.5-1.2 1.2-1.2s1.2.4 1.2 1c0 1-2.4 1.6-2.4 3h2.4" strokeWidth="1.1" />
    <path d="M7 4h7M7 8h7M7 12h7" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9" />
    <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l.9-.9" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3 2.5 6l3 3" />
    <path d="M2.75 6H10a3.5 3.5 0 0 1 0 7H7" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m10.5 3 3 3-3 3" />
    <path d="M13.25 6H6a3.5 3.5 0 0 0 0 7h3" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="7" cy="7" r="4.25" />
    <path d="m10.25 10.25 3.5 3.5" />
  </Icon>
);

export const PilcrowIcon = () => (
  <Icon>
    <path d="M8.5 13.5v-11M11.5 13.5v-11M13 2.5H7a3 3 0 0 0 0 6h1.5" />
  </Icon>
);

export const ChevronUpIcon = () => (
  <Icon>
    <path d="m4 10 4-4 4 4" />
  </Icon>
);

export const ChevronDownIcon = () => (
  <Icon>
    <path d="m4 6 4 4 4-4" />
  </Icon>
);

export const ChevronRightIcon = () => (
  <Icon>
    <path d="m6 4 4 4-4 4" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="m4 4 8 8M12 4l-8 8" />
  </Icon>
);
