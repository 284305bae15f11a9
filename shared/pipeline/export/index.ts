import type { Release } from '../../domain';
import { exportFileName } from './common';
import { releaseToMarkdown } from './markdown';
import { releaseToText } from './text';

export type TextExportFormat = 'txt' | 'md';

const SERIALISERS: Record<TextExportFormat, { mediaType: string; write: (r: Release) => string }> = {
  txt: { mediaType: 'text/plain;charset=utf-8', write: releaseToText },
  md: { mediaType: 'text/markdown;charset=utf-8', write: releaseToMarkdown },
};

/** Serialises a release for export: file name, media type and content. Pure. */
export function exportRelease(release: Release, format: TextExportFormat): { fileName: string; mediaType: string; content: string } {
  const s = SERIALISERS[format];
  return { fileName: exportFileName(release, format), mediaType: s.mediaType, content: s.write(release) };
}

export { releaseToText } from './text';
export { releaseToMarkdown, escapeMarkdown } from './markdown';
export { formatReleaseDate, exportFileName } from './common';
