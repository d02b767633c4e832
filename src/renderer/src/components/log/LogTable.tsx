import { type LogEntry } from '../../../../shared/schemas/log';
import { type OlderPages } from '../../api/older-pages';
import { NewestFirstTable, type Column } from '../common/NewestFirstTable';
import { LogRow } from './LogRow';

const COLUMNS: readonly Column[] = [
  { title: 'Time', widthClass: 'log-col-time' },
  { title: 'Level', widthClass: 'log-col-level' },
  { title: 'Module', widthClass: 'log-col-module' },
  { title: 'Message' },
  { title: 'Context', isTitleHidden: true, widthClass: 'log-col-context' },
];

interface Props {
  readonly entries: readonly LogEntry[];
  readonly isDimmed: boolean;
  readonly older: OlderPages;
}

export function LogTable({ entries, isDimmed, older }: Props) {
  return (
    <NewestFirstTable
      columns={COLUMNS}
      testId="log-table"
      isDimmed={isDimmed}
      older={older}
      noun="lines"
      endNote={entries.length > 0 ? 'Beginning of the log' : null}
      loadOlderTestId="log-load-older"
    >
      {entries.map((entry) => (
        <LogRow key={entry.id} entry={entry} />
      ))}
    </NewestFirstTable>
  );
}
