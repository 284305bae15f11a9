/** File kinds by extension; the media type is stored with the source. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
};

/**
 * Share of control characters (other than tab, LF, CR, FF) above which a file is binary, not
 * text: real text files have none, a PNG or a PDF has many within the first kilobytes.
 */
export const BINARY_CONTROL_RATIO = 0.02;

/** How many leading bytes are inspected to tell text from binary. */
export const SNIFF_BYTES = 8192;
