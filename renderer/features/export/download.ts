import type { ExportFormat, ExportResult } from '../../../shared/api';

/** Where the services should put an export: a native save dialog, or back to the page. */
export function exportDestination(nativeDialogs: boolean): 'dialog' | 'return' {
  return nativeDialogs ? 'dialog' : 'return';
}

export type ExportOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; content: string; mediaType: string }
  | { kind: 'cancelled' };

/** What to do with an export's result: tell where it was saved, download it, or nothing. */
export function exportOutcome(result: ExportResult, format: ExportFormat): ExportOutcome {
  if (result.cancelled) return { kind: 'cancelled' };
  if (result.savedPath) return { kind: 'saved', path: result.savedPath };
  return { kind: 'download', fileName: safeFileName(result.fileName, format), content: result.content, mediaType: result.mediaType };
}

// Characters refused by Windows, macOS or Linux file systems, and control characters.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 120;

/**
 * A file name safe on every desktop system, keeping accents and spaces: forbidden characters
 * become '-', runs of spaces collapse, leading/trailing dots and spaces go, the stem is cut at
 * 120 characters, and the name ends with `.${extension}`. Never empty. Pure.
 */
export function safeFileName(name: string, extension: string, fallback = 'release'): string {
  const ext = `.${extension.toLowerCase()}`;
  // A slash is part of a title (« 1/2 »), never a folder: it is replaced like any forbidden character.
  let stem = name;
  if (stem.toLowerCase().endsWith(ext)) stem = stem.slice(0, -ext.length);
  stem = stem
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  stem = [...stem].slice(0, MAX_STEM).join('').replace(/[\s.]+$/, '');
  if (!stem || RESERVED.test(stem)) stem = fallback;
  return stem + ext;
}

/** The Blob type for a download; text is marked UTF-8 so editors do not guess Latin-1. */
export function blobType(mediaType: string): string {
  const type = mediaType.trim() || 'application/octet-stream';
  return /^text\//i.test(type) && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type;
}

/** Browser mode: hands the text to the browser as a file download. */
export function downloadText(content: string, fileName: string, mediaType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: blobType(mediaType) }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke later so slow browsers still read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
