import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/api';
import { planRecovery } from '../../../renderer/features/settings/recoveryPlan';

const backup = (name: string, createdAt: string, size = 4096): BackupInfo => ({ name, createdAt, size, reason: 'startup' });
const older = backup('galley-2026-03-01.db', '2026-03-01T08:00:00Z');
const newest = backup('galley-2026-03-04.db', '2026-03-04T08:00:00Z');
const middle = backup('galley-2026-03-02.db', '2026-03-02T08:00:00Z');

describe('planRecovery', () => {
  it('a damaged library with backups: the newest is offered first, whatever the order received', () => {
    expect(planRecovery('corrupt', [older, newest, middle])).toEqual({ kind: 'restore', latest: newest, others: [middle, older] });
  });

  it('never offers an empty (0-byte) backup', () => {
    const empty = backup('galley-2026-03-05.db', '2026-03-05T08:00:00Z', 0);
    expect(planRecovery('corrupt', [empty, older])).toEqual({ kind: 'restore', latest: older, others: [] });
    expect(planRecovery('corrupt', [empty])).toEqual({ kind: 'no-backup' });
  });

  it.each([
    ['corrupt, no backup', 'corrupt', [], 'no-backup'],
    ['corrupt, still listing', 'corrupt', null, 'loading'],
    ['corrupt, listing failed', 'corrupt', 'failed', 'backups-unavailable'],
    ['newer: never replaced by an older backup', 'newer', [newest], 'newer'],
    ['cannot open: message and path only', 'error', [newest], 'error'],
    ['healthy', 'ok', [newest], 'ok'],
  ] as const)('%s', (_name, status, backups, kind) => {
    expect(planRecovery(status, backups).kind).toBe(kind);
  });
});
