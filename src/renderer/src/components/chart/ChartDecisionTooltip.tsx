import { useSyncExternalStore } from 'react';
import { type ChartViewStore } from './chart-view-store';
import { type DecisionTip } from './decision-tooltip';

/** While the crosshair is on a bar a deployment decided on: who decided what, by which rule, on what values, and what came of it. */
export function ChartDecisionTooltip({ store }: { store: ChartViewStore }) {
  const tooltip = useSyncExternalStore(store.subscribe, () => store.getState().decisionTooltip);
  if (tooltip === null) return null;
  return (
    <div className="chart-decision-tip" role="tooltip" style={tooltip.anchor} data-testid="chart-decision-tooltip" data-bar-time={tooltip.barTime}>
      {tooltip.tips.map((tip) => (
        <TipBody key={tip.key} tip={tip} />
      ))}
    </div>
  );
}

function TipBody({ tip }: { tip: DecisionTip }) {
  return (
    <section className="chart-decision-tip-item" data-testid="chart-decision-tip" data-signal={tip.signal}>
      <header className="chart-decision-tip-head">
        <span className={`chart-decision-tip-signal side--${tip.signal}`}>{tip.signalText}</span>
        {tip.strength !== null && <span className="chart-decision-tip-strength num">strength {tip.strength}</span>}
        <span className="chart-decision-tip-title">{tip.title}</span>
      </header>
      <div className="chart-decision-tip-bar num">Bar {tip.barText}, at its close</div>
      <div className="chart-decision-tip-rule" data-testid="chart-decision-tip-rule">
        {tip.rule}
      </div>
      {tip.inputs.length > 0 && (
        <dl className="chart-decision-tip-inputs num" data-testid="chart-decision-tip-inputs">
          {tip.inputs.map((input) => (
            <div key={input.name}>
              <dt>{input.name}</dt>
              <dd>{input.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className={tip.noOrderReason === null ? 'chart-decision-tip-outcome' : 'chart-decision-tip-outcome is-no-order'} data-testid="chart-decision-tip-outcome">
        {tip.noOrderReason === null ? tip.outcome : `No order: ${tip.noOrderReason}`}
      </div>
    </section>
  );
}
