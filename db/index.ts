export { openLibrary, closeLibrary, configure, type OpenResult, type OpenOptions } from './open';
export { migrate, checksum, schemaVersion, NewerDatabaseError, MigrationChecksumError, LATEST_VERSION } from './migrate';
export { createBackup, listBackups, pruneBackups, isBackupName, backupFileName, KEEP_PER_GROUP, type BackupFile, type BackupReason } from './backup';
export { setAside, installBackup, backupDirFor } from './files';
export { createRepositories, type Repositories } from './repositories';
export { MIGRATIONS, type Migration } from './migrations';
