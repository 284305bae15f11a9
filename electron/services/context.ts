import type { Host } from './host';
import type { LexiconProvider } from './splitting';
import type { Library } from './library';

/** What every group of handlers is given: the library, the host, and plain-data capabilities. */
export interface ServiceContext {
  library: Library;
  host: Host;
  now(): string;
  newId(): string;
  version: string;
  systemLocale: string;
  platform: string;
  examplesDir: string | null;
  /** Word lists for undoing line-end hyphens, loaded on first use. */
  lexicon: LexiconProvider;
  log(line: string): void;
  /** Told after every successful save (drives periodic backups). */
  afterSave(): void;
}
