/** Largest file Galley imports; press releases are a few kilobytes, 20 MiB leaves room for .docx with images. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Largest pasted text, in UTF-16 code units. */
export const MAX_PASTE_CHARS = 5_000_000;
/** Largest API request body the HTTP host accepts (a base64 file of MAX_IMPORT_BYTES fits). */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;
/** Releases per page of `releases.list`. */
export const MAX_LIST_LIMIT = 1000;
