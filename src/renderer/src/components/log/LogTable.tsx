import { type LogEntry } from '../../../../shared/schemas/log';
import { LogRow } from './LogRow';

interface Props {
  readonly entries: readonly LogEntry[];
  readonly isDimmed: boolean;
  readonly hasOlder: boolean;
  readonly isLoadingOlder: boolean;
  /** Why the last "Load older" failed, if it did. */
  readonly olderError: string | null;
  readonly onLoadOlder: () => void;
}

export function LogTable({ entries, isDimmed, hasOlder, isLoadingOlder, olderError, onLoadOlder }: Props) {
  return (
    <div className={isDimmed ? 'log-scroll is-dimmed' : 'log-scroll'}>
      <table className="log-table" data-testid="log-table">
        <colgroup>
          <col className="log-col-time" />
          <col className="log-col-level" />
          <col className="log-col-module" />
          <col />
          <col className="log-col-context" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Level</th>
            <th scope="col">Module</th>
            <th scope="col">Message</th>
            <th scope="col" aria-label="Context" />
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <LogRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
      <div className="log-end">
        {olderError !== null && (
          <span className="log-end-error" role="alert">
            Could not load older lines: {olderError}
          </span>
        )}
        {hasOlder ? (
          <button type="button" className="btn btn--small" data-testid="log-load-older" disabled={isLoadingOlder} onClick={onLoadOlder}>
            {isLoadingOlder ? 'Loading…' : 'Load older'}
          </button>
        ) : (
          entries.length > 0 && <span className="log-end-note">Beginning of the log</span>
        )}
      </div>
    </div>
  );
}
