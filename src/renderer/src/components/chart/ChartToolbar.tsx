import { type CandleInterval } from '../../../../shared/domain/enums';
import { type Account } from '../../../../shared/schemas/accounts';
import { type ChartLayout, type ChartLayouts, type IndicatorConfig } from '../../../../shared/schemas/chart';
import { type ChartFeed } from '../../api/use-chart-feed';
import { ChartAccountPicker } from './ChartAccountPicker';
import { type ChartViewStore } from './chart-view-store';
import { FeedBadge } from './FeedBadge';
import { IndicatorMenu } from './IndicatorMenu';
import { LastPrice } from './LastPrice';
import { LayoutPicker } from './LayoutPicker';
import { type SymbolChoice } from './symbol-choices';
import { SymbolSearch } from './SymbolSearch';
import { TimeframePicker } from './TimeframePicker';

interface Props {
  readonly layouts: ChartLayouts;
  readonly layout: ChartLayout;
  readonly accounts: readonly Account[];
  readonly account: Account | null;
  readonly venue: string;
  readonly isConnected: boolean;
  readonly feed: ChartFeed;
  readonly store: ChartViewStore;
  readonly studyColors: readonly string[];
  /** Why the last layout change was not saved, if it was not. */
  readonly saveError: string | null;
  readonly onAccount: (accountId: number | null) => void;
  readonly onSymbol: (choice: Pick<SymbolChoice, 'venue' | 'symbol' | 'intervals'>) => void;
  readonly onInterval: (interval: CandleInterval) => void;
  readonly onIndicators: (indicators: IndicatorConfig[]) => void;
  readonly onLayouts: (edit: (layouts: ChartLayouts) => ChartLayouts) => void;
}

/** One row: whose data, which pair and timeframe, which studies; then price, feed and layout. */
export function ChartToolbar(props: Props) {
  const { layout, account, feed, store } = props;
  return (
    <div className="chart-toolbar" role="toolbar" aria-label="Chart">
      <SymbolSearch accountId={account?.id ?? null} isConnected={props.isConnected} venue={props.venue} symbol={layout.symbol} onChoose={props.onSymbol} />
      <span className="chart-divider" aria-hidden="true" />
      <TimeframePicker interval={layout.interval} onChoose={props.onInterval} />
      <span className="chart-divider" aria-hidden="true" />
      <IndicatorMenu indicators={layout.indicators} colors={props.studyColors} onChange={props.onIndicators} />
      <span className="chart-divider" aria-hidden="true" />
      <ChartAccountPicker accounts={props.accounts} accountId={account?.id ?? null} onChoose={props.onAccount} />
      <div className="toolbar-spacer" />
      {props.saveError !== null && (
        <span className="toolbar-note toolbar-note--error chart-save-error" role="alert" title={props.saveError}>
          Layout not saved: {props.saveError}
        </span>
      )}
      <LastPrice store={store} />
      <FeedBadge store={store} hasAccount={account !== null} interval={layout.interval} feed={feed} />
      <span className="chart-divider" aria-hidden="true" />
      <LayoutPicker layouts={props.layouts} onChange={props.onLayouts} />
    </div>
  );
}
