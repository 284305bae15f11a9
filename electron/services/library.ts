import { ApiError, type DatabaseState } from '../../shared/api';
import { closeLibrary, createRepositories, openLibrary, type Repositories } from '../../db';
import type Database from 'better-sqlite3';

type Slot =
  | { status: 'ok'; db: Database.Database; repos: Repositories; created: boolean }
  | { status: 'corrupt' | 'newer' | 'error'; message: string };

/**
 * The open library, or why it could not be opened. Services ask it for repositories on every
 * call, so a restore can swap the database underneath without restarting anything.
 */
export class Library {
  private slot: Slot = { status: 'error', message: 'Not opened yet' };

  constructor(
    readonly path: string,
    private readonly now: () => string,
    private readonly nativeBinding: string | undefined,
  ) {}

  get isFile(): boolean {
    return this.path !== ':memory:';
  }

  /** Opens (creating and migrating as needed). Never throws: the state says what happened. */
  async open(): Promise<void> {
    const result = await openLibrary({ path: this.path, now: this.now, ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}) });
    this.slot =
      result.status === 'ok'
        ? { status: 'ok', db: result.db, repos: createRepositories(result.db), created: result.created }
        : { status: result.status, message: result.message };
  }

  close(): void {
    if (this.slot.status === 'ok') closeLibrary(this.slot.db);
    this.slot = { status: 'error', message: 'Closed' };
  }

  state(): DatabaseState {
    const path = this.isFile ? this.path : null;
    return this.slot.status === 'ok' ? { status: 'ok', path, message: null } : { status: this.slot.status, path, message: this.slot.message };
  }

  /** True when the library was created by this open (a first run). */
  get created(): boolean {
    return this.slot.status === 'ok' && this.slot.created;
  }

  /** The repositories, or `unavailable` when the library is damaged, newer or closed. */
  repos(): Repositories {
    if (this.slot.status !== 'ok') throw new ApiError('unavailable', `Library not available: ${this.slot.message}`);
    return this.slot.repos;
  }

  db(): Database.Database {
    if (this.slot.status !== 'ok') throw new ApiError('unavailable', `Library not available: ${this.slot.message}`);
    return this.slot.db;
  }
}
