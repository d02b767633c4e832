import { memo, useState } from 'react';
import { type LogEntry } from '../../../../shared/schemas/log';
import { contextJson, contextPreview } from './context-preview';
import { formatClock, formatFullTimestamp } from './format-log-time';

/**
 * One log line. Memoised on the entry object, which the cache keeps stable, so a new line at
 * the top re-renders only itself.
 */
export const LogRow = memo(function LogRow({ entry }: { entry: LogEntry }) {
  const [isOpen, setIsOpen] = useState(false);
  const { context } = entry;
  const hasContext = context !== null && Object.keys(context).length > 0;
  return (
    <>
      <tr data-testid="log-row" data-level={entry.level} className={`log-row log-row--${entry.level}${isOpen ? ' is-open' : ''}`}>
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
          {hasContext && !isOpen && <span className="log-context-preview">{contextPreview(context)}</span>}
        </td>
        <td className="log-c-context">
          {hasContext && (
            <button
              type="button"
              className="context-toggle"
              data-testid="log-context-toggle"
              aria-expanded={isOpen}
              title={isOpen ? 'Hide context' : 'Show context'}
              onClick={() => setIsOpen((open) => !open)}
            >
              {isOpen ? '−' : '{ }'}
            </button>
          )}
        </td>
      </tr>
      {isOpen && hasContext && (
        <tr className="log-context-row">
          <td colSpan={5}>
            <pre className="log-context" data-testid="log-context">
              {contextJson(context)}
            </pre>
          </td>
        </tr>
      )}
    </>
  );
});
