import { useSyncExternalStore, type ReactNode } from 'react';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { type ChartViewStore } from './chart-view-store';
import { type LegendStudy } from './legend-model';

interface Props {
  readonly store: ChartViewStore;
  readonly symbol: string;
  readonly interval: CandleInterval;
  /** Extra words after the title ("built from 1m bars"). */
  readonly note: string | null;
  /** Problems worth a line under the values (fills or orders that could not load). */
  readonly notices: readonly ReactNode[];
}

/**
 * The top-left readout: pair, timeframe and the bar under the crosshair (the newest when the
 * crosshair is away) with its OHLCV and change, the price-pane studies' values, and the
 * account's fills in that bar. The study panes below get their own readout at their top.
 */
export function ChartLegend({ store, symbol, interval, note, notices }: Props) {
  const legend = useSyncExternalStore(store.subscribe, () => store.getState().legend);
  const paneTops = useSyncExternalStore(store.subscribe, () => store.getState().paneTops);
  const priceStudies = legend?.studies.filter((study) => study.paneIndex === 0) ?? [];
  const paneStudies = legend?.studies.filter((study) => study.paneIndex > 0) ?? [];
  return (
    <>
      <div className="chart-legend" data-testid="chart-legend">
        <div className="chart-legend-head">
          <span className="chart-legend-symbol">{symbol}</span>
          <span className="chart-legend-interval">{interval}</span>
          {legend !== null && (
            <span className="chart-legend-time num" title="Open time of the bar, UTC">
              {legend.time} UTC
            </span>
          )}
          {note !== null && <span className="chart-legend-note">{note}</span>}
        </div>
        {legend !== null && (
          <div className={`chart-legend-ohlc num chart-dir--${legend.direction}`}>
            <Value label="O" text={legend.open} />
            <Value label="H" text={legend.high} />
            <Value label="L" text={legend.low} />
            <Value label="C" text={legend.close} testId="chart-legend-close" />
            <Value label="V" text={legend.volume} />
            <span className="chart-legend-change">
              {legend.change} ({legend.changePercent})
            </span>
          </div>
        )}
        {priceStudies.map((study, index) => (
          <StudyValues key={`${index}:${study.title}`} study={study} />
        ))}
        {legend?.fills.map((fill, index) => (
          <div key={index} className={`chart-legend-fill side--${fill.side === 'BUY' ? 'buy' : 'sell'}`} data-testid="chart-legend-fill">
            {fill.side === 'BUY' ? 'Bought' : 'Sold'} {fill.text}
          </div>
        ))}
        {notices.map((notice, index) => (
          <div key={index} className="chart-legend-notice">
            {notice}
          </div>
        ))}
      </div>
      {paneStudies.map((study, index) => {
        const top = paneTops[study.paneIndex];
        if (top === undefined) return null;
        return (
          <div key={`${index}:${study.title}`} className="chart-legend chart-legend--pane" style={{ top: top + 4 }}>
            <StudyValues study={study} />
          </div>
        );
      })}
    </>
  );
}

function Value({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <span className="chart-legend-value">
      <span className="chart-legend-label">{label}</span>
      <span data-testid={testId}>{text}</span>
    </span>
  );
}

function StudyValues({ study }: { study: LegendStudy }) {
  const isSingle = study.values.length === 1;
  return (
    <div className="chart-legend-study num">
      <span className="chart-legend-study-title">{study.title}</span>
      {study.values.map((value) => (
        <span key={value.label} className="chart-legend-value" style={{ color: value.color }} title={value.label}>
          {!isSingle && <span className="chart-legend-label">{value.label.slice(0, 1)}</span>}
          {value.text}
        </span>
      ))}
    </div>
  );
}
