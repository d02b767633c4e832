import { Fragment, useMemo } from 'react';
import { type BacktestSummary } from '../../../../shared/schemas/backtests';
import { compareModel } from '../../api/backtest-metrics';

const GROUP_TITLES = { setup: 'Setup', params: 'Parameters', metrics: 'Metrics' } as const;

/** Two or more runs side by side: setup, parameters and metrics, the best value of each metric marked. */
export function CompareView({ runs, onBack, onOpen }: { runs: readonly BacktestSummary[]; onBack: () => void; onOpen: (id: number) => void }) {
  const model = useMemo(() => compareModel(runs), [runs]);
  return (
    <div className="bt-compare" data-testid="backtest-compare" data-runs={runs.map((run) => run.id).join(',')}>
      <div className="toolbar">
        <button type="button" className="btn btn--small" data-testid="backtest-back" onClick={onBack}>
          ← Runs
        </button>
        <span className="toolbar-title">Comparing {runs.length} runs</span>
        <span className="toolbar-note">Rows that differ are bright; the best of each metric is marked.</span>
      </div>
      <div className="bt-compare-scroll">
        <table className="data-table bt-compare-table">
          <thead>
            <tr>
              <th />
              {model.columns.map((column) => (
                <th key={column.id} className="cell-right">
                  <button type="button" className="bt-sort" onClick={() => onOpen(column.id)} title="Open this run">
                    {column.title}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, index) => (
              <Fragment key={row.key}>
                {row.group !== model.rows[index - 1]?.group && (
                  <tr className="bt-compare-group">
                    <th colSpan={model.columns.length + 1}>{GROUP_TITLES[row.group]}</th>
                  </tr>
                )}
                <tr className={`data-row${row.isDifferent ? '' : ' bt-same'}`} data-row={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, column) => (
                    <td key={model.columns[column]?.id ?? column} className={`num cell-right${cell.isBest ? ' bt-best' : ''}`}>
                      {cell.text}
                    </td>
                  ))}
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
