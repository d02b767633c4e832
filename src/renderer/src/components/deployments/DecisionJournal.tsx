import { useMemo } from 'react';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { type Decision } from '../../../../shared/schemas/deployments';
import { describeApiError } from '../../api/form-errors';
import { olderPagesOf } from '../../api/older-pages';
import { useDecisionJournal } from '../../api/use-decision-journal';
import { decisionInputs } from '../chart/decision-tooltip';
import { formatBarTime } from '../chart/legend-model';
import { formatPrice } from '../chart/price-format';
import { formatDateTimeSeconds } from '../common/format';
import { InlineError } from '../common/InlineError';
import { NewestFirstTable, type Column } from '../common/NewestFirstTable';
import { EmptyState } from '../workspace/EmptyState';

const COLUMNS: readonly Column[] = [
  { title: 'Evaluated', widthClass: 'dp-col-time' },
  { title: 'Bar (UTC)', widthClass: 'dp-col-bar' },
  { title: 'Signal', widthClass: 'dp-col-signal' },
  { title: 'Rule', widthClass: 'dp-col-rule' },
  { title: 'Inputs', widthClass: 'dp-col-inputs' },
  { title: 'Outcome' },
];

const price = (value: number): string => formatPrice(value, null);

/**
 * The decision journal, newest first: each buy and sell with the bar, the rule that fired, the
 * values it read, and the order that came of it or why none did. Pages back from its foot;
 * new decisions arrive at the top.
 */
export function DecisionJournal({ id, interval }: { id: number; interval: CandleInterval }) {
  const journal = useDecisionJournal(id);
  const decisions = useMemo(() => journal.data?.pages.flatMap((page) => page.decisions) ?? [], [journal.data]);
  const older = olderPagesOf(journal, describeApiError);

  return (
    <div className="dp-journal">
      {journal.isError && journal.data === undefined ? (
        <InlineError onRetry={() => void journal.refetch()} testId="deployment-journal-error">
          Could not load the decisions: {describeApiError(journal.error)}
        </InlineError>
      ) : journal.data === undefined ? (
        <div className="toolbar-note dp-loading">loading…</div>
      ) : decisions.length === 0 ? (
        <EmptyState title="No buy or sell yet">Each bar that closes is evaluated; every buy and sell is written here with the values it read and what came of it.</EmptyState>
      ) : (
        <NewestFirstTable columns={COLUMNS} testId="deployment-journal" className="dp-journal-table" older={older} noun="decisions" endNote="The start of the journal" loadOlderTestId="deployment-journal-older">
          {decisions.map((decision) => (
            <DecisionRow key={decision.id} decision={decision} interval={interval} />
          ))}
        </NewestFirstTable>
      )}
    </div>
  );
}

function DecisionRow({ decision, interval }: { decision: Decision; interval: CandleInterval }) {
  const inputs = decisionInputs(decision.inputs, price)
    .map((input) => `${input.name} ${input.text}`)
    .join(' · ');
  const outcome = decision.noOrderReason === null ? (decision.outcome ?? '—') : `No order: ${decision.noOrderReason}`;
  const side = decision.signal === 'buy' ? 'side--buy' : decision.signal === 'sell' ? 'side--sell' : 'muted';
  return (
    <tr className="data-row" data-testid="deployment-decision-row" data-signal={decision.signal} data-bar-time={decision.barTime ?? ''}>
      <td className="num muted">{formatDateTimeSeconds(decision.ts)}</td>
      <td className="num">{decision.barTime === null ? '—' : formatBarTime(decision.barTime, interval)}</td>
      <td className={side}>
        {decision.signal}
        {decision.strength !== null && <span className="muted"> {decision.strength.toFixed(2)}</span>}
      </td>
      <td title={decision.reason}>{decision.reason}</td>
      <td className="num" title={inputs}>
        {inputs}
      </td>
      <td className={decision.noOrderReason === null ? undefined : 'dp-no-order'} title={outcome} data-testid="deployment-decision-outcome">
        {outcome}
      </td>
    </tr>
  );
}
