import type { MessageKey } from '../../i18n/catalog';
import type { ThemeFormIssue } from './themeForm';

/** The message (key and parameters) that words a form issue in the UI language. Pure. */
export function issueMessage(issue: ThemeFormIssue): { key: MessageKey; params?: Record<string, string> } {
  switch (issue.code) {
    case 'required':
      return { key: 'themes.error.required' };
    case 'too-long':
      return { key: issue.field === 'scope' ? 'themes.error.scopeTooLong' : 'themes.error.labelTooLong' };
    case 'too-many':
      return { key: 'themes.keywords.tooMany' };
    case 'no-id':
      return { key: 'themes.error.noId' };
    case 'parent-cycle':
      return { key: 'themes.error.parentCycle' };
    case 'duplicate':
      return { key: 'themes.error.duplicate', params: { other: issue.other } };
    case 'id-taken':
      return { key: 'themes.error.idTaken', params: { id: issue.id } };
  }
}
