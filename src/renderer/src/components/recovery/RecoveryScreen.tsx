import { useState } from 'react';
import { isApiError } from '../../../../shared/rpc/errors';
import { type AppInfo } from '../../../../shared/schemas/app';
import { type BackupInfo } from '../../../../shared/schemas/backup';
import { describeApiError } from '../../api/form-errors';
import { useBackups, useRestoreBackup } from '../../api/use-backups';
import { FrontDoor } from '../auth/SignInScreen';
import { setSignInNotice } from '../../hooks/sign-in-notice';
import { REASON_LABELS } from '../settings/backups/backup-labels';
import { pendingRestoreNotice, restoredNotice } from '../settings/backups/restore-notice';
import { formatBytes, formatDateTime } from '../common/format';
import { DatabaseIcon } from '../common/Icons';

type Recovery = NonNullable<AppInfo['recovery']>;

/**
 * Shown instead of everything else while the database cannot be opened: what is wrong, in the
 * core's words, and the one way out that does not need a terminal — put a good backup back.
 */
export function RecoveryScreen({ recovery, info }: { recovery: Recovery; info: AppInfo }) {
  const backups = useBackups();
  const restore = useRestoreBackup();
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const latest = recovery.latestBackup;
  const others = (backups.data?.backups ?? []).filter((backup) => backup.id !== latest?.id);

  const restoreBackup = (backup: BackupInfo): void => {
    setRestoringId(backup.id);
    setSignInNotice(pendingRestoreNotice(backup));
    restore.mutate(backup.id, {
      onSuccess: (result) => setSignInNotice(restoredNotice(result)),
      onError: (error) => {
        if (!(isApiError(error) && error.code === 'UNAVAILABLE')) setSignInNotice(null);
      },
    });
  };

  // One restore at a time, and none after one has succeeded: the app is about to reopen.
  const canRestore = !restore.isPending && !restore.isSuccess;
  const restoreLabel = (backup: BackupInfo, label: string): string => (restoringId === backup.id && restore.isPending ? 'Restoring…' : label);

  return (
    <FrontDoor testId="recovery-screen" title="Tradewind cannot open its database" wide>
      <div className="recovery-problem-box">
        <DatabaseIcon size={18} className="recovery-icon" />
        <div className="recovery-problem-text">
          <div className="recovery-problem" data-testid="recovery-problem">
            {recovery.problem}
          </div>
          <div className="recovery-file num" title={info.databaseFile}>
            {info.databaseFile}
          </div>
        </div>
      </div>

      {latest === null ? (
        <div className="recovery-none" data-testid="recovery-no-backup">
          <strong>No good backup was found</strong> in {backups.data?.folder ?? 'the backups folder'}. Nothing has been changed or deleted.
          Move the damaged file aside to start with an empty database, or restore a copy of your own from outside Tradewind.
        </div>
      ) : (
        <section className="recovery-latest" aria-label="Latest good backup">
          <div className="recovery-latest-head">Latest good backup</div>
          <div className="recovery-latest-row">
            <div className="recovery-latest-facts">
              <span className="recovery-latest-date num">{formatDateTime(latest.createdAt)}</span>
              <span className="badge">{REASON_LABELS[latest.reason]}</span>
              <span className="recovery-muted num">{formatBytes(latest.sizeBytes)}</span>
            </div>
            <button type="button" className="btn btn--primary btn--large" data-testid="recovery-restore" disabled={!canRestore} onClick={() => restoreBackup(latest)}>
              {restoreLabel(latest, 'Restore this backup')}
            </button>
          </div>
          <p className="recovery-explain">
            The damaged database is moved aside, not deleted. The backup takes its place; anything recorded after{' '}
            <span className="num">{formatDateTime(latest.createdAt)}</span> is not in it. The vault locks and you sign in again.
          </p>
        </section>
      )}

      {restore.isError && (
        <div className="door-error" role="alert" data-testid="recovery-error">
          Restore failed: {describeApiError(restore.error)}
        </div>
      )}
      {restore.isSuccess && (
        <div className="door-notice" role="status" data-testid="recovery-done">
          Restored. Reopening…
        </div>
      )}

      {others.length > 0 && (
        <details className="recovery-others" open>
          <summary>Older backups ({others.length})</summary>
          <table className="data-table">
            <tbody>
              {others.map((backup) => (
                <tr key={backup.id} className="data-row" data-testid="recovery-backup-row" data-backup-id={backup.id}>
                  <td className="num">{formatDateTime(backup.createdAt)}</td>
                  <td>{REASON_LABELS[backup.reason]}</td>
                  <td className="num cell-right">{formatBytes(backup.sizeBytes)}</td>
                  <td className="cell-actions">
                    <button type="button" className="btn btn--small" data-testid="recovery-restore-other" disabled={!canRestore} onClick={() => restoreBackup(backup)}>
                      {restoreLabel(backup, 'Restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <div className="recovery-foot">
        Data folder <span className="num">{info.dataDir}</span>
        {backups.data !== undefined && (
          <>
            {' '}
            · backups in <span className="num">{backups.data.folder}</span>
          </>
        )}
      </div>
    </FrontDoor>
  );
}
