import { memo, useState } from 'react';
import { type AuditEntry } from '../../../../../shared/schemas/audit';
import { formatDateTimeSeconds } from '../../common/format';
import { ContextRow, ContextToggle } from '../../log/RowContext';
import { contextPreview, hasContext } from '../../log/context-preview';
import { formatFullTimestamp } from '../../log/format-log-time';

/** One audited action; its details stay folded into a one-line preview until asked for. */
export const AuditRow = memo(function AuditRow({ entry }: { entry: AuditEntry }) {
  const [isOpen, setIsOpen] = useState(false);
  const { details } = entry;
  const hasDetails = hasContext(details);
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
          {hasDetails && <ContextToggle isOpen={isOpen} onToggle={() => setIsOpen((open) => !open)} what="details" testId="audit-details-toggle" />}
        </td>
      </tr>
      {isOpen && hasDetails && <ContextRow context={details} colSpan={6} className="log-context-row audit-details-row" testId="audit-details" />}
    </>
  );
});
