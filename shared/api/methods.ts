/**
 * The names of the contract's methods, without their schemas, for code that must not carry zod
 * (the bundled preload). `contract.ts` checks at compile time that both lists agree.
 */
export const METHODS = [
  'app.info',
  'settings.get',
  'settings.update',
  'releases.list',
  'releases.get',
  'releases.save',
  'releases.import',
  'releases.importFromDialog',
  'releases.importExamples',
  'releases.trash',
  'releases.restore',
  'releases.source',
  'releases.export',
  'review.get',
  'review.resplit',
  'review.confirm',
  'review.rerun',
  'lineRules.set',
  'lineRules.list',
  'typography.ignores',
  'typography.ignore',
  'typography.preview',
  'typography.applySafe',
  'revisions.list',
  'revisions.get',
  'revisions.restore',
  'themes.list',
  'themes.create',
  'themes.update',
  'themes.delete',
  'backups.list',
  'backups.create',
  'backups.restore',
] as const;

export type Method = (typeof METHODS)[number];

export function isMethod(name: string): name is Method {
  return (METHODS as readonly string[]).includes(name);
}
