import { useState } from 'react';
import { isApiError } from '../../../../../shared/rpc/errors';
import { type BackupInfo } from '../../../../../shared/schemas/backup';
import { describeApiError } from '../../../api/form-errors';
import { useBackups, useCreateBackup, useRestoreBackup } from '../../../api/use-backups';
import { useConnection } from '../../../bridge/bridge-context';
import { setSignInNotice } from '../../../hooks/sign-in-notice';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { formatBytes, formatDateTime } from '../../common/format';
import { EmptyState } from '../../workspace/EmptyState';
import { SectionToolbar } from '../SectionToolbar';
import { REASON_LABELS } from './backup-labels';
import { pendingRestoreNotice, restoredNotice, restoredSummary } from './restore-notice';
import { ExportForm } from './ExportForm';
import { InlineError } from '../../common/InlineError';

/** Backups of the database with the rule that keeps them, and exports of orders and fills. */
export function BackupsSection() {
  const backups = useBackups();
  const create = useCreateBackup();
  const restore = useRestoreBackup();
  const { shell } = useConnection();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restoredNote, setRestoredNote] = useState<string | null>(null);

  const confirmRestore = (backup: BackupInfo): void => {
    setSignInNotice(pendingRestoreNotice(backup));
    restore.mutate(backup.id, {
      onSuccess: (result) => {
        setSignInNotice(restoredNotice(result));
        setRestoredNote(restoredSummary(result));
        setRestoring(null);
      },
      // A dropped link leaves the outcome unknown; anything else means nothing was restored.
      onError: (error) => {
        if (!(isApiError(error) && error.code === 'UNAVAILABLE')) setSignInNotice(null);
      },
    });
  };

  return (
    <div className="settings-panel" data-testid="backups-panel">
      <SectionToolbar title="Backups & export" note={backups.data === undefined ? undefined : `${backups.data.backups.length} backups`}>
        {create.isSuccess && (
          <span className="toolbar-note toolbar-note--ok" role="status" data-testid="backup-created">
            Backed up · {formatBytes(create.data.sizeBytes)}
          </span>
        )}
        {create.isError && (
          <span className="toolbar-note toolbar-note--error" role="alert" data-testid="backup-create-error">
            Backup failed: {describeApiError(create.error)}
          </span>
        )}
        <button type="button" className="btn btn--small btn--primary" data-testid="backup-create" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
      </SectionToolbar>
      <div className="split has-pane split--export">
        <div className="split-main">
          {restoredNote !== null && (
            <div className="form-success banner-inline" role="status" data-testid="backup-restored">
              {restoredNote}
            </div>
          )}
          {backups.isPending ? (
            <EmptyState title="Loading backups…" />
          ) : backups.isError ? (
            <InlineError onRetry={() => void backups.refetch()}>
              Could not list backups: {describeApiError(backups.error)}
            </InlineError>
          ) : (
            <>
              <div className="backup-rule">
                <span data-testid="backup-retention">{backups.data.retention}</span>
                <span className="backup-folder num" title={backups.data.folder} data-testid="backup-folder">
                  <bdi>{backups.data.folder}</bdi>
                </span>
              </div>
              {backups.data.backups.length === 0 ? (
                <EmptyState title="No backups yet" testId="backups-empty">
                  Back up now, or wait for the next scheduled backup.
                </EmptyState>
              ) : (
                <table className="data-table backups-table">
                  <thead>
                    <tr>
                      <th scope="col">Taken</th>
                      <th scope="col">Reason</th>
                      <th scope="col" className="cell-right">
                        Size
                      </th>
                      <th scope="col">File</th>
                      <th scope="col" aria-label="Actions" />
                    </tr>
                  </thead>
                  <tbody>
                    {backups.data.backups.map((backup, index) => (
                      <tr key={backup.id} className="data-row" data-testid="backup-row" data-backup-id={backup.id} data-reason={backup.reason}>
                        <td className="num">
                          {formatDateTime(backup.createdAt)}
                          {index === 0 && <span className="newest-tag">newest</span>}
                        </td>
                        <td>
                          <span className={`reason reason--${backup.reason}`}>{REASON_LABELS[backup.reason]}</span>
                        </td>
                        <td className="num cell-right">{formatBytes(backup.sizeBytes)}</td>
                        <td className="mono-cell muted" title={backup.id}>
                          {backup.id}
                        </td>
                        <td className="cell-actions">
                          <button
                            type="button"
                            className="btn btn--small"
                            data-testid="backup-restore"
                            onClick={() => {
                              restore.reset();
                              setRestoring(backup);
                            }}
                          >
                            Restore…
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </div>
        <aside className="split-pane" aria-label="Export">
          <ExportForm />
        </aside>
      </div>
      {restoring !== null && (
        <ConfirmDialog
          testId="backup-restore-dialog"
          title={`Restore the backup of ${formatDateTime(restoring.createdAt)}?`}
          confirmLabel="Restore this backup"
          tone="danger"
          isBusy={restore.isPending}
          error={restore.isError ? describeApiError(restore.error) : null}
          onCancel={() => setRestoring(null)}
          onConfirm={() => confirmRestore(restoring)}
        >
          <ul className="dialog-list">
            <li>The backup is checked first; a damaged one is refused and nothing changes.</li>
            <li>The current database is kept aside in the data folder, not deleted.</li>
            <li>Everything recorded after {formatDateTime(restoring.createdAt)} is not in the backup.</li>
            <li>The vault locks{shell === 'web' ? ' and every web session ends: you sign in again with the passphrase.' : ': unlock it again to use keys.'}</li>
          </ul>
        </ConfirmDialog>
      )}
    </div>
  );
}
