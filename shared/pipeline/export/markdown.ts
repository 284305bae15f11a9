import { stringify } from 'yaml';
import type { Block, Inline, Release } from '../../domain';
import { contactLines, createListNumbering, datelineLine, hasContacts } from './common';
import { EXPORT_LABELS } from './export.rules';

/** Escapes what Markdown would read as syntax inside running text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/**
 * Escapes what would start a block construct at the beginning of a line: an ATX heading (`#` to
 * `######`), a quote, a list marker (`-`, `+`, `1.`, `1)`), or a thematic break (`---`, `- - -`).
 */
function escapeLineStart(text: string): string {
  if (/^\s*-(?:\s*-){2,}\s*$/.test(text)) return text.replace('-', '\\-');
  return text.replace(/^(\s*)(#{1,6}|[>+-]|\d+[.)])(?=\s|$)/, (_m, sp: string, mark: string) =>
    mark.startsWith('#') ? `${sp}\\${mark}` : `${sp}${mark.replace(/([>+\-.)])$/, '\\$1')}`,
  );
}

function inline(run: Inline): string {
  if (run.text === '') return '';
  // Marks go inside the surrounding spaces, or CommonMark would not see them as emphasis.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  if (core === '') return run.text;
  let md = escapeMarkdown(core);
  if (run.bold && run.italic) md = `***${md}***`;
  else if (run.bold) md = `**${md}**`;
  else if (run.italic) md = `*${md}*`;
  if (run.href) md = `[${md}](<${run.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return `${lead}${md}${trail}`;
}

/**
 * A block's lines: a soft break (Shift+Enter, `\n` in a run) becomes a hard line break (`\` at the
 * end of the line), and each following line gets the block's continuation prefix and the same
 * line-start escaping as the first, so `a\n# b` does not turn into a heading.
 */
function blockLines(text: string, first: string, continuation: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line, i) => (i === 0 ? first : continuation) + escapeLineStart(line))
    .join('\\\n');
}

function blockMarkdown(block: Block, number: number | null): string {
  const text = block.children.map(inline).join('');
  switch (block.type) {
    case 'paragraph':
      return blockLines(text, '', '');
    case 'heading':
      // A heading is one line: its soft breaks become spaces.
      return `${'#'.repeat(block.level)} ${text.replace(/\n+/g, ' ').trim()}`;
    case 'quote':
      return blockLines(text, '> ', '> ');
    case 'list-item': {
      const pad = '   '.repeat(block.indent);
      if (block.list === 'bullet') return blockLines(text, `${pad}- `, `${pad}  `);
      const marker = `${number}. `;
      return blockLines(text, `${pad}${marker}`, pad + ' '.repeat(marker.length));
    }
  }
}

function frontMatter(release: Release): string {
  const meta: Record<string, unknown> = {
    title: release.meta.title,
    subtitle: release.meta.subtitle || undefined,
    dateline: release.meta.dateline || undefined,
    date: release.meta.date ?? undefined,
    language: release.language,
    status: release.status,
    themes: release.themes.length > 0 ? release.themes.map((t) => t.id) : undefined,
    contacts: hasContacts(release)
      ? release.contacts.map((c) =>
          Object.fromEntries(
            Object.entries({ name: c.name, role: c.role, organization: c.organization, phone: c.phone, phone_alt: c.phoneAlt, email: c.email }).filter(
              ([, v]) => v,
            ),
          ),
        )
      : undefined,
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
}

/**
 * Markdown with YAML front matter (title, subtitle, dateline, date, language, status, themes,
 * contacts), then the headline, the dateline, the body and the contact block. Pure.
 */
export function releaseToMarkdown(release: Release): string {
  const out: string[] = [frontMatter(release)];
  if (release.meta.title) out.push(`# ${escapeMarkdown(release.meta.title)}`, '');
  if (release.meta.subtitle) out.push(`*${escapeMarkdown(release.meta.subtitle)}*`, '');
  const dateline = datelineLine(release);
  if (dateline) out.push(`**${escapeMarkdown(dateline)}**`, '');
  const numbering = createListNumbering();
  release.body.blocks.forEach((block, i) => {
    const next = release.body.blocks[i + 1];
    out.push(blockMarkdown(block, numbering(block)));
    const listContinues = block.type === 'list-item' && next?.type === 'list-item' && (next.list === block.list || next.indent !== block.indent);
    if (!listContinues) out.push('');
  });
  if (hasContacts(release)) {
    out.push(`## ${EXPORT_LABELS[release.language].contactsHeading}`, '', escapeMarkdown(EXPORT_LABELS[release.language].contactIntro), '');
    for (const c of release.contacts) out.push(contactLines(c).map(escapeMarkdown).join('  \n'), '');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
