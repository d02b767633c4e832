import { memo, useState } from 'react';
import { type AuditEntry } from '../../../../../shared/schemas/audit';
import { formatDateTimeSeconds } from '../../common/format';
import { contextJson, contextPreview } from '../../log/context-preview';
import { formatFullTimestamp } from '../../log/format-log-time';

/** One audited action; its details stay folded into a one-line preview until asked for. */
export const AuditRow = memo(function AuditRow({ entry }: { entry: AuditEntry }) {
  const [isOpen, setIsOpen] = useState(false);
  const { details } = entry;
  const hasDetails = details !== null && Object.keys(details).length > 0;
  return (
    <>
      <tr className={isOpen ? 'data-row is-open' : 'data-row'} data-testid="audit-row" data-audit-id={entry.id} data-action={entry.action}>
        <td className="num" title={formatFullTimestamp(entry.ts)}>
          {formatDateTimeSeconds(entry.ts)}
        </td>
        <td>
          <span className={`actor actor--${entry.actor}`}>{entry.actor}</span>
        </td>
        <td className="mono-cell audit-action" title={entry.action}>
          {entry.action}
        </td>
        <td title={entry.target ?? undefined}>{entry.target ?? <span className="muted">—</span>}</td>
        <td className="audit-details-cell">{hasDetails && !isOpen && <span className="log-context-preview">{contextPreview(details)}</span>}</td>
        <td className="cell-actions">
          {hasDetails && (
            <button
              type="button"
              className="context-toggle"
              data-testid="audit-details-toggle"
              aria-expanded={isOpen}
              title={isOpen ? 'Hide details' : 'Show details'}
              onClick={() => setIsOpen((open) => !open)}
            >
              {isOpen ? '−' : '{ }'}
            </button>
          )}
        </td>
      </tr>
      {isOpen && hasDetails && (
        <tr className="log-context-row audit-details-row">
          <td colSpan={6}>
            <pre className="log-context" data-testid="audit-details">
              {contextJson(details)}
            </pre>
          </td>
        </tr>
      )}
    </>
  );
});
