import { type CandleInterval } from '../../../../shared/domain/enums';
import { ChartPopover } from './ChartPopover';
import { COMMON_INTERVALS, intervalName, MORE_INTERVALS } from './timeframes';

interface Props {
  readonly interval: CandleInterval;
  readonly onChoose: (interval: CandleInterval) => void;
}

/** The common timeframes as a row of buttons, the rest in a menu; a chosen rarer one joins the row. */
export function TimeframePicker({ interval, onChoose }: Props) {
  const row = COMMON_INTERVALS.includes(interval) ? COMMON_INTERVALS : [...COMMON_INTERVALS, interval];
  return (
    <div className="chart-timeframes" role="group" aria-label="Timeframe">
      {row.map((candidate) => (
        <button
          key={candidate}
          type="button"
          className="chart-tf"
          data-testid={`chart-interval-${candidate}`}
          aria-pressed={candidate === interval}
          title={intervalName(candidate)}
          onClick={() => onChoose(candidate)}
        >
          {candidate}
        </button>
      ))}
      <ChartPopover
        label="More timeframes"
        panelTestId="chart-interval-menu"
        trigger={({ isOpen, toggle }) => (
          <button type="button" className="chart-tf chart-tf--more" data-testid="chart-interval-more" aria-expanded={isOpen} title="More timeframes" onClick={toggle}>
            <span className="chart-caret" aria-hidden="true" />
          </button>
        )}
      >
        {(close) => (
          <div className="chart-tf-menu">
            {MORE_INTERVALS.map((candidate) => (
              <button
                key={candidate}
                type="button"
                className="chart-tf"
                // The chosen one is already in the row under this test id.
                data-testid={row.includes(candidate) ? undefined : `chart-interval-${candidate}`}
                aria-pressed={candidate === interval}
                title={intervalName(candidate)}
                onClick={() => {
                  onChoose(candidate);
                  close();
                }}
              >
                {candidate}
              </button>
            ))}
          </div>
        )}
      </ChartPopover>
    </div>
  );
}
