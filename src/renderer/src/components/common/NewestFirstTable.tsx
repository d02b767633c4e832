import { type ReactNode } from 'react';
import { type OlderPages } from '../../api/older-pages';

export interface Column {
  readonly title: string;
  /** A column of row buttons has no visible heading; its title is for screen readers. */
  readonly isTitleHidden?: boolean;
  /** The class that sets the column's width; the column without one takes the rest. */
  readonly widthClass?: string;
}

interface Props {
  readonly columns: readonly Column[];
  /** The rows, newest first. */
  readonly children: ReactNode;
  readonly testId: string;
  readonly className?: string;
  /** Faded while a new filter's rows are on their way. */
  readonly isDimmed?: boolean;
  readonly older: OlderPages;
  /** What the rows are called: "Could not load older {noun}". */
  readonly noun: string;
  /** Shown once nothing older is left; null shows nothing. */
  readonly endNote: string | null;
  readonly loadOlderTestId: string;
}

/**
 * A log-like listing (the log, the audit log): a dense table that grows at the top as rows
 * arrive live, and pages back into older rows from its foot.
 */
export function NewestFirstTable({ columns, children, testId, className, isDimmed = false, older, noun, endNote, loadOlderTestId }: Props) {
  return (
    <div className={isDimmed ? 'log-scroll is-dimmed' : 'log-scroll'}>
      <table className={className === undefined ? 'data-table data-table--dense' : `data-table data-table--dense ${className}`} data-testid={testId}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.title} className={column.widthClass} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) =>
              column.isTitleHidden === true ? (
                <th key={column.title} scope="col" aria-label={column.title} />
              ) : (
                <th key={column.title} scope="col">
                  {column.title}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      <LoadOlderFooter older={older} noun={noun} endNote={endNote} testId={loadOlderTestId} />
    </div>
  );
}

/** A button for the next older page, why the last one failed, or the note that there is none. */
function LoadOlderFooter({ older, noun, endNote, testId }: { older: OlderPages; noun: string; endNote: string | null; testId: string }) {
  return (
    <div className="log-end">
      {older.error !== null && (
        <span className="log-end-error" role="alert">
          Could not load older {noun}: {older.error}
        </span>
      )}
      {older.hasOlder ? (
        <button type="button" className="btn btn--small" data-testid={testId} disabled={older.isLoading} onClick={older.load}>
          {older.isLoading ? 'Loading…' : 'Load older'}
        </button>
      ) : (
        endNote !== null && <span className="log-end-note">{endNote}</span>
      )}
    </div>
  );
}
