import { useState } from 'react';
import { CANDLE_INTERVALS } from '../../../../shared/domain/enums';
import { type Download, type SeriesCoverage } from '../../../../shared/schemas/candles';
import { describeApiError } from '../../api/form-errors';
import { useDeriveCandles, useStartDownload } from '../../api/use-candle-data';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { isAboveMinute, type DerivableInterval } from './coverage-view';
import { deriveSummary } from './data-labels';
import { newerBarsRange } from './download-range';
import { INTERVAL_LABELS } from './interval-choices';
import { type Notice } from './notice';
import { formatUtcMinute } from './utc-time';

const DERIVABLE: readonly DerivableInterval[] = CANDLE_INTERVALS.filter(isAboveMinute);

interface Props {
  readonly series: SeriesCoverage;
  readonly onNotice: (notice: Notice) => void;
}

/** Actions on a whole series: fill every gap, bring it up to now, and (for 1m) build a higher timeframe. */
export function SeriesActions({ series, onNotice }: Props) {
  const backfillAll = useStartDownload();
  const newer = useStartDownload();
  const derive = useDeriveCandles();
  const [target, setTarget] = useState<DerivableInterval>('1h');
  const name = `${series.symbol} ${series.interval}`;
  const started = (what: string) => (download: Download) => onNotice({ tone: 'ok', text: `${name}: ${what} (download ${download.id}).` });
  const failed = (what: string) => (error: unknown) => onNotice({ tone: 'error', text: `${name}: ${what} failed: ${describeApiError(error)}` });
  const base = { venue: series.venue, symbol: series.symbol, interval: series.interval };

  const fetchNewer = (): void => {
    // Read the clock when asked: the newest closed bar moves on every minute.
    const range = newerBarsRange(series.interval, series.last, Date.now());
    if (range === null) return onNotice({ tone: 'ok', text: `${name} is up to date: its last bar is the newest closed one.` });
    newer.mutate({ ...base, ...range }, { onSuccess: started(`downloading from ${formatUtcMinute(range.from)} UTC`), onError: failed('the download') });
  };

  const deriveTarget = (): void => {
    const symbol = series.symbol;
    derive.mutate(
      { venue: series.venue, symbol, interval: target },
      {
        onSuccess: (result) => onNotice({ tone: 'ok', text: deriveSummary(symbol, target, result) }),
        onError: failed(`deriving ${target}`),
      },
    );
  };

  return (
    <div className="series-actions">
      {series.gaps.length > 1 && (
        <button
          type="button"
          className="btn btn--small"
          data-testid="backfill-all-button"
          disabled={backfillAll.isPending}
          onClick={() => backfillAll.mutate({ ...base, from: series.first, to: series.last }, { onSuccess: started('backfilling every gap'), onError: failed('the backfill') })}
        >
          {backfillAll.isPending ? 'Starting…' : 'Backfill all gaps'}
        </button>
      )}
      <button
        type="button"
        className="btn btn--small"
        data-testid="fetch-newer-button"
        disabled={newer.isPending}
        title={`Download the bars after ${formatUtcMinute(series.last)} UTC up to the last closed one`}
        onClick={fetchNewer}
      >
        {newer.isPending ? 'Starting…' : 'Fetch newer bars'}
      </button>
      {series.interval === '1m' && (
        <span className="series-derive">
          <span className="field-label">Build</span>
          <ChoiceSelect id={`derive-target-${series.venue}-${series.symbol}`} className="select" options={DERIVABLE} labels={INTERVAL_LABELS} value={target} onChoose={setTarget} />
          <button type="button" className="btn btn--small" data-testid="derive-target-button" disabled={derive.isPending} onClick={deriveTarget}>
            {derive.isPending ? 'Deriving…' : 'from these 1m bars'}
          </button>
        </span>
      )}
    </div>
  );
}
