import { useMemo, useState } from 'react';
import { describeApiError } from '../../api/form-errors';
import { useCoverage } from '../../api/use-candle-data';
import { useBacktestProgress, useBacktests, useStrategies } from '../../api/use-backtests';
import { InlineError } from '../common/InlineError';
import { LiveBadge } from '../common/LiveBadge';
import { EmptyState } from '../workspace/EmptyState';
import { BacktestForm } from './BacktestForm';
import { CompareView } from './CompareView';
import { RunPage } from './RunPage';
import { RunsTable } from './RunsTable';
import { SweepForm } from './SweepForm';
import { SweepResults } from './SweepResults';
import { type SweepRunInput } from '../../api/use-sweeps';

type View =
  | { readonly kind: 'list' }
  | { readonly kind: 'run'; readonly id: number }
  | { readonly kind: 'compare'; readonly ids: readonly number[] }
  | { readonly kind: 'sweep'; readonly id: number };

/**
 * Backtests over stored candles: start one (with its progress and a way to stop it), the
 * stored runs, a run's page, and runs compared side by side.
 */
export function BacktestsPanel() {
  const runs = useBacktests();
  const strategies = useStrategies();
  const coverage = useCoverage();
  const progress = useBacktestProgress();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [isSweep, setIsSweep] = useState(false);
  const [sweep, setSweep] = useState<{ readonly id: number; readonly setup: SweepRunInput } | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const all = useMemo(() => runs.data?.runs ?? [], [runs.data]);
  const pickedRuns = all.filter((run) => picked.has(run.id));

  const togglePick = (id: number): void =>
    setPicked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const open = (id: number): void => setView({ kind: 'run', id });
  const back = (): void => setView({ kind: 'list' });

  return (
    <div className="bt-panel" data-testid="backtests-panel">
      <div className="split bt-split">
        <div className="split-main bt-main">
          {view.kind === 'sweep' ? (
            <SweepResults key={view.id} id={view.id} setup={sweep?.id === view.id ? sweep.setup : null} onBack={back} onRan={back} />
          ) : view.kind === 'run' ? (
            <RunPage key={view.id} id={view.id} onBack={back} />
          ) : view.kind === 'compare' ? (
            <CompareView runs={all.filter((run) => view.ids.includes(run.id))} onBack={back} onOpen={open} />
          ) : (
            <>
              <div className="toolbar">
                <span className="toolbar-title">Runs</span>
                <span className="toolbar-note num">{runs.data === undefined ? '' : `${all.length} stored`}</span>
                <div className="toolbar-spacer" />
                <button
                  type="button"
                  className="btn btn--small"
                  data-testid="backtest-compare-open"
                  disabled={pickedRuns.length < 2}
                  title="Tick two or more completed runs to compare them"
                  onClick={() => setView({ kind: 'compare', ids: pickedRuns.map((run) => run.id) })}
                >
                  Compare{pickedRuns.length > 0 ? ` (${pickedRuns.length})` : ''}
                </button>
                {sweep !== null && (
                  <button type="button" className="btn btn--small" data-testid="sweep-open" onClick={() => setView({ kind: 'sweep', id: sweep.id })}>
                    Sweep #{sweep.id}
                  </button>
                )}
                <LiveBadge title="Runs change here as they progress" />
              </div>
              {runs.isPending ? (
                <EmptyState title="Loading backtests…" />
              ) : runs.isError ? (
                <InlineError onRetry={() => void runs.refetch()} testId="backtests-error">
                  Could not read the stored backtests: {describeApiError(runs.error)}
                </InlineError>
              ) : all.length === 0 ? (
                <EmptyState title="No backtests yet" testId="backtests-empty">
                  Pick a strategy and a stored series on the right, then run it. Every run is kept here with its metrics and trades.
                </EmptyState>
              ) : (
                <RunsTable runs={all} progress={progress} picked={picked} onTogglePick={togglePick} onOpen={open} />
              )}
            </>
          )}
        </div>
        <aside className="split-pane bt-side" aria-label={isSweep ? 'New sweep' : 'New backtest'}>
          <label className="sw-mode" title="Run one backtest, or sweep parameter ranges">
            <input type="checkbox" data-testid="sweep-mode" checked={isSweep} onChange={(event) => setIsSweep(event.target.checked)} />
            Sweep parameters
          </label>
          {strategies.isError || coverage.isError ? (
            <InlineError
              onRetry={() => {
                void strategies.refetch();
                void coverage.refetch();
              }}
            >
              Could not read the strategies or the stored series: {describeApiError(strategies.error ?? coverage.error)}
            </InlineError>
          ) : strategies.data === undefined || coverage.data === undefined ? (
            <EmptyState title="Loading strategies…" />
          ) : isSweep ? (
            <SweepForm
              strategies={strategies.data.strategies}
              series={coverage.data.series}
              current={sweep?.id ?? null}
              onShow={(id) => setView({ kind: 'sweep', id })}
              onStarted={(id, setup) => {
                setSweep({ id, setup });
                setView({ kind: 'sweep', id });
              }}
            />
          ) : (
            <BacktestForm key={coverage.data.series.length === 0 ? 'no-series' : 'series'} strategies={strategies.data.strategies} series={coverage.data.series} onOpen={open} />
          )}
        </aside>
      </div>
    </div>
  );
}
