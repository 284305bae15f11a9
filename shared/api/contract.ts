import { z } from 'zod';
import {
  Contact,
  ImportFailure,
  IsoDate,
  LineOverrides,
  LineRule,
  ReviewData,
  SplitChange,
  SplitFields,
  SplitMap,
  Language,
  Release,
  ReleaseId,
  ReleasePatch,
  ReleaseStatus,
  ReleaseSummary,
  RevisionSummary,
  Settings,
  SourceView,
  Theme,
  ThemeId,
  ThemeKeywords,
  ThemeLabels,
  Timestamp,
  IgnoreKey,
  TypographyApplied,
  TypographyPreview,
} from '../domain';
import { MAX_IMPORT_BYTES, MAX_LIST_LIMIT, MAX_PASTE_CHARS } from './limits';
import type { Method } from './methods';

const Empty = z.strictObject({});
const FileName = z.string().min(1).max(260);

/** One file of an import: bytes as base64, or pasted text. */
export const ImportFile = z.union([
  z.strictObject({ name: FileName, dataBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) }),
  z.strictObject({ name: FileName, text: z.string().max(MAX_PASTE_CHARS) }),
]);
export type ImportFile = z.infer<typeof ImportFile>;


export const ImportItem = z.object({
  name: z.string(),
  outcome: z.enum(['imported', 'duplicate', 'failed']),
  /** The new release, or for a duplicate the release made from the same bytes earlier. */
  releaseId: ReleaseId.nullable(),
  title: z.string().nullable(),
  failure: ImportFailure.nullable(),
  /** Developer-facing detail of a failure (English). */
  detail: z.string().nullable(),
});
export type ImportItem = z.infer<typeof ImportItem>;

export const ImportReport = z.object({ items: z.array(ImportItem) });
export type ImportReport = z.infer<typeof ImportReport>;

export const ListSort = z.enum(['date', 'title', 'updated']);
export type ListSort = z.infer<typeof ListSort>;

export const ListQuery = z.strictObject({
  search: z.string().max(500).default(''),
  status: ReleaseStatus.nullable().default(null),
  language: Language.nullable().default(null),
  theme: ThemeId.nullable().default(null),
  /** false: the library; true: the trash. */
  trash: z.boolean().default(false),
  sort: ListSort.default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_LIST_LIMIT).default(200),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const ListPage = z.object({ items: z.array(ReleaseSummary), total: z.number().int().min(0), offset: z.number().int() });
export type ListPage = z.infer<typeof ListPage>;

export const ExportFormat = z.enum(['txt', 'md']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportResult = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
  /** Where the desktop app saved it; null when returned to the caller or the dialog was cancelled. */
  savedPath: z.string().nullable(),
  cancelled: z.boolean(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const BackupInfo = z.object({
  name: z.string(),
  createdAt: Timestamp,
  size: z.number().int().min(0),
  reason: z.enum(['startup', 'periodic', 'manual', 'pre-migration']),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const DatabaseState = z.object({
  /** ok; corrupt (offer a backup); newer (made by a newer Galley, left untouched); error (cannot open). */
  status: z.enum(['ok', 'corrupt', 'newer', 'error']),
  path: z.string().nullable(),
  message: z.string().nullable(),
});
export type DatabaseState = z.infer<typeof DatabaseState>;

export const AppInfo = z.object({
  version: z.string(),
  mode: z.enum(['desktop', 'browser', 'test']),
  platform: z.string(),
  systemLocale: z.string(),
  database: DatabaseState,
  capabilities: z.object({ nativeDialogs: z.boolean() }),
  limits: z.object({ maxImportBytes: z.number().int() }),
  examplesAvailable: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Id = z.strictObject({ id: ReleaseId });
const Ids = z.strictObject({ ids: z.array(ReleaseId).min(1).max(100_000) });
const Count = z.object({ count: z.number().int().min(0) });

/** Every method of Galley's services, once. Hosts, client, preload and handlers derive from it. */
export const contract = {
  'app.info': { input: Empty, output: AppInfo },
  'settings.get': { input: Empty, output: Settings },
  'settings.update': { input: Settings.partial().strict(), output: Settings },

  'releases.list': { input: ListQuery, output: ListPage },
  'releases.get': { input: Id, output: Release },
  'releases.save': {
    input: z.strictObject({
      id: ReleaseId,
      baseRevision: z.number().int().min(1),
      patch: ReleasePatch,
      reason: z.enum(['save', 'autosave']),
    }),
    output: Release,
  },
  'releases.import': { input: z.strictObject({ files: z.array(ImportFile).min(1).max(500) }), output: ImportReport },
  'releases.importFromDialog': { input: Empty, output: ImportReport },
  'releases.importExamples': { input: Empty, output: ImportReport },
  'releases.trash': { input: Ids, output: Count },
  'releases.restore': { input: Ids, output: Count },
  'releases.source': { input: Id, output: SourceView },
  'releases.export': {
    input: z.strictObject({ id: ReleaseId, format: ExportFormat, destination: z.enum(['dialog', 'return']) }),
    output: ExportResult,
  },

  'review.get': { input: Id, output: ReviewData },
  /** The split with these overrides, without storing anything (the review screen's live update). */
  'review.resplit': {
    input: z.strictObject({ id: ReleaseId, overrides: LineOverrides }),
    output: z.strictObject({ map: SplitMap, split: SplitFields }),
  },
  /**
   * Applies the split with these overrides to the release (body, quotes from the split; the
   * fields as the user left them in the form), stores the map, status → reviewed, new revision.
   */
  'review.confirm': {
    input: z.strictObject({
      id: ReleaseId,
      baseRevision: z.number().int().min(1),
      overrides: LineOverrides,
      fields: z.strictObject({
        title: z.string().max(1000),
        subtitle: z.string().max(2000),
        dateline: z.string().max(300),
        date: IsoDate.nullable(),
        language: Language,
        contacts: z.array(Contact).max(50),
      }),
    }),
    output: Release,
  },
  /** What the current pipeline would make of the stored source (with the stored overrides), before applying it. */
  'review.rerun': {
    input: Id,
    output: z.strictObject({ map: SplitMap, split: SplitFields, changes: z.array(SplitChange) }),
  },
  /** Remembers (or forgets, with null) a rule for a line's text: applied to later imports. */
  'lineRules.set': {
    input: z.strictObject({ text: z.string().min(1).max(2000), rule: LineRule.nullable() }),
    output: z.strictObject({ text: z.string(), rule: LineRule.nullable() }),
  },
  'lineRules.list': {
    input: Empty,
    output: z.array(z.strictObject({ text: z.string(), rule: LineRule, createdAt: Timestamp })),
  },

  /** Keys of the suggestions the user ignored in a release (shared/pipeline/typography/ignore.ts). */
  'typography.ignores': { input: z.strictObject({ releaseId: ReleaseId }), output: z.array(IgnoreKey) },
  /** Ignores (or un-ignores) suggestions of a release; returns the release's ignored keys. */
  'typography.ignore': {
    input: z.strictObject({ releaseId: ReleaseId, keys: z.array(IgnoreKey).min(1).max(10_000), ignored: z.boolean() }),
    output: z.array(IgnoreKey),
  },
  /** Counts per rule of the safe suggestions (not ignored) in each release, under the user's settings. */
  'typography.preview': { input: Ids, output: TypographyPreview },
  /** Applies the safe suggestions of these rules to each release (one revision per changed release). */
  'typography.applySafe': {
    input: z.strictObject({ ids: z.array(ReleaseId).min(1).max(100_000), rules: z.array(z.string().min(1).max(80)).min(1).max(500) }),
    output: TypographyApplied,
  },

  'revisions.list': { input: z.strictObject({ releaseId: ReleaseId }), output: z.array(RevisionSummary) },
  'revisions.get': { input: z.strictObject({ releaseId: ReleaseId, revision: z.number().int().min(1) }), output: Release },
  'revisions.restore': {
    input: z.strictObject({ releaseId: ReleaseId, revision: z.number().int().min(1), baseRevision: z.number().int().min(1) }),
    output: Release,
  },

  'themes.list': { input: Empty, output: z.array(Theme) },
  'themes.create': {
    input: z.strictObject({
      labels: ThemeLabels,
      scope: z.string().max(1000).nullable().default(null),
      keywords: ThemeKeywords.default({ fr: [], en: [], es: [] }),
      parent: ThemeId.nullable().default(null),
    }),
    output: Theme,
  },
  'themes.update': {
    input: z.strictObject({
      id: ThemeId,
      labels: ThemeLabels.optional(),
      scope: z.string().max(1000).nullable().optional(),
      keywords: ThemeKeywords.optional(),
      parent: ThemeId.nullable().optional(),
    }),
    output: Theme,
  },
  'themes.delete': { input: z.strictObject({ id: ThemeId }), output: z.object({ removedFrom: z.number().int().min(0) }) },

  'backups.list': { input: Empty, output: z.array(BackupInfo) },
  'backups.create': { input: Empty, output: BackupInfo },
  'backups.restore': {
    input: z.strictObject({ name: z.string().min(1).max(200) }),
    output: z.object({ restored: BackupInfo, setAside: z.string().nullable() }),
  },
} as const satisfies Record<Method, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller passes (defaults optional, ids unbranded). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults filled, ids branded). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;
/** What a handler may return (checked by `dispatch` before it leaves). */
export type HandlerOutput<M extends Method> = z.input<Contract[M]['output']>;

export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<HandlerOutput<M>> | HandlerOutput<M> };

// Compile-time check that METHODS lists exactly the contract's keys.
type Missing = Exclude<keyof Contract, Method> | Exclude<Method, keyof Contract>;
const _methodsMatch: [Missing] extends [never] ? true : never = true;
void _methodsMatch;
