/** Toolbar icon of the hyphenation preview: a justified column whose middle line breaks with a hyphen. */
export function HyphenationIcon() {
  return (
    <svg className="ge-icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
      <path d="M1.5 3.5h13M1.5 12.5h13" strokeLinecap="round" />
      <path d="M1.5 8h6" strokeLinecap="round" />
      <path d="M10.5 8h3.5" strokeWidth="2.2" strokeLinecap="butt" />
      <path d="M10.5 5.5v5" strokeWidth="1" strokeDasharray="1 1" opacity="0.6" />
    </svg>
  );
}
