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

/**
 * Windows-1252 bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them (index-windows-1252);
 * every other byte is the code point of the same value. Spelled out because Node's TextDecoder
 * decodes this range as Latin-1 since 20.18.3/22.13.0 (nodejs/node#60888): 0x92 came out as
 * U+0092 instead of ’. The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls.
 */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
