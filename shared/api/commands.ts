/**
 * Commands that the desktop menus send to the window (and that browser mode binds to the same
 * keys). Not part of the services' contract: they only move the UI.
 */
export const UI_COMMANDS = [
  'import',
  'paste-new',
  'save',
  'export-txt',
  'export-md',
  'find',
  'replace',
  'history',
  'typography-panel',
  'view-original',
  'show-library',
  'show-themes',
  'show-settings',
  'show-trash',
  'focus-search',
  'toggle-color-scheme',
] as const;

export type UiCommand = (typeof UI_COMMANDS)[number];

export function isUiCommand(name: string): name is UiCommand {
  return (UI_COMMANDS as readonly string[]).includes(name);
}
