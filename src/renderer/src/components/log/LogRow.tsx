import { memo, useState } from 'react';
import { type LogEntry } from '../../../../shared/schemas/log';
import { ContextRow, ContextToggle } from './RowContext';
import { contextPreview, hasContext } from './context-preview';
import { formatClock, formatFullTimestamp } from './format-log-time';

/**
 * One log line. Memoised on the entry object, which the cache keeps stable, so a new line at
 * the top re-renders only itself.
 */
export const LogRow = memo(function LogRow({ entry }: { entry: LogEntry }) {
  const [isOpen, setIsOpen] = useState(false);
  const { context } = entry;
  const isFoldable = hasContext(context);
  return (
    <>
      <tr data-testid="log-row" data-level={entry.level} className={`data-row log-row log-row--${entry.level}${isOpen ? ' is-open' : ''}`}>
        <td className="log-c-time num" title={formatFullTimestamp(entry.ts)}>
          {formatClock(entry.ts)}
        </td>
        <td className="log-c-level">
          <span className={`level level--${entry.level}`}>{entry.level}</span>
        </td>
        <td className="log-c-module" title={entry.module}>
          {entry.module}
        </td>
        <td className="log-c-message" title={isOpen ? undefined : entry.message}>
          <span className="log-message">{entry.message}</span>
          {isFoldable && !isOpen && <span className="log-context-preview">{contextPreview(context)}</span>}
        </td>
        <td className="log-c-context">
          {isFoldable && <ContextToggle isOpen={isOpen} onToggle={() => setIsOpen((open) => !open)} what="context" testId="log-context-toggle" />}
        </td>
      </tr>
      {isOpen && isFoldable && <ContextRow context={context} colSpan={5} className="log-context-row" testId="log-context" />}
    </>
  );
});
