import { blockText, type Block, type Release } from '../../domain';
import { contactLines, datelineLine, hasContacts } from './common';
import { EXPORT_LABELS } from './export.rules';

function blockLine(block: Block, numbers: number[]): string {
  const text = blockText(block);
  if (block.type !== 'list-item') return text;
  const pad = '  '.repeat(block.indent);
  if (block.list === 'bullet') return `${pad}• ${text}`;
  numbers[block.indent] = (numbers[block.indent] ?? 0) + 1;
  numbers.length = block.indent + 1;
  return `${pad}${numbers[block.indent]}. ${text}`;
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
  let numbers: number[] = [];
  release.body.blocks.forEach((block, i) => {
    const next = release.body.blocks[i + 1];
    if (block.type !== 'list-item') numbers = [];
    out.push(blockLine(block, numbers));
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
