import { blockText, type Block, type Release } from '../../domain';
import { contactLines, createListNumbering, datelineLine, hasContacts } from './common';
import { EXPORT_LABELS } from './export.rules';

function blockLine(block: Block, number: number | null): string {
  const text = blockText(block);
  if (block.type !== 'list-item') return text;
  const pad = '  '.repeat(block.indent);
  return block.list === 'bullet' ? `${pad}• ${text}` : `${pad}${number}. ${text}`;
}

/**
 * Plain text: title, subtitle, dateline, the body (one paragraph per block, list items marked,
 * blank lines between paragraphs, none between list items), then the contact block. Pure.
 */
export function releaseToText(release: Release): string {
  const out: string[] = [];
  if (release.meta.title) out.push(release.meta.title, '');
  if (release.meta.subtitle) out.push(release.meta.subtitle, '');
  const dateline = datelineLine(release);
  if (dateline) out.push(dateline, '');
  const numbering = createListNumbering();
  release.body.blocks.forEach((block, i) => {
    const next = release.body.blocks[i + 1];
    out.push(blockLine(block, numbering(block)));
    const listContinues = block.type === 'list-item' && next?.type === 'list-item';
    if (!listContinues) out.push('');
  });
  if (hasContacts(release)) {
    out.push(EXPORT_LABELS[release.language].contactIntro, '');
    for (const c of release.contacts) out.push(...contactLines(c), '');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
