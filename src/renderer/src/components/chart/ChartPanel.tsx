import { useCallback, useMemo, useState } from 'react';
import { type CandleInterval } from '../../../../shared/domain/enums';
import { venueOf } from '../../../../shared/market/venue';
import { type Account } from '../../../../shared/schemas/accounts';
import { type ChartLayouts, type IndicatorConfig } from '../../../../shared/schemas/chart';
import { type FeedTarget } from '../../api/chart-feed-watcher';
import { type ChartSeries } from '../../api/chart-series';
import { describeApiError } from '../../api/form-errors';
import { useAccounts } from '../../api/use-accounts';
import { useChartFeed } from '../../api/use-chart-feed';
import { useChartLayouts } from '../../api/use-chart-layouts';
import { useChartMarket } from '../../api/use-chart-markets';
import { useConnectionOf } from '../../api/use-exchange';
import { ChartToolbar } from './ChartToolbar';
import { ChartView } from './ChartView';
import { ChartViewStore } from './chart-view-store';
import { withActivePatch } from './layout-edits';
import { intervalForStored } from './timeframes';
import { useChartTheme } from './use-chart-theme';

const NO_ACCOUNTS: readonly Account[] = [];

/**
 * The main area's chart: the active layout decides the account, pair, timeframe and studies;
 * the toolbar changes them (saved with the layout at once), the view draws them.
 */
export function ChartPanel() {
  const { layouts, layout, change, saveError } = useChartLayouts();
  const accounts = useAccounts();
  const accountList = accounts.data?.accounts ?? NO_ACCOUNTS;
  // A layout may name an account that was removed since: it then shows stored history.
  const account = accountList.find((candidate) => candidate.id === layout.accountId) ?? null;
  const venue = account === null ? layout.venue : venueOf(account);
  const isConnected = useConnectionOf(account?.id ?? null)?.state === 'connected';
  const market = useChartMarket(account?.id ?? null, layout.symbol, isConnected);
  const [store] = useState(() => new ChartViewStore());
  const theme = useChartTheme();

  const series = useMemo((): ChartSeries => ({ venue, symbol: layout.symbol, interval: layout.interval }), [venue, layout.symbol, layout.interval]);
  const accountId = account?.id ?? null;
  const feedTarget = useMemo((): FeedTarget | null => (accountId === null ? null : { accountId, symbol: layout.symbol, interval: layout.interval }), [accountId, layout.symbol, layout.interval]);
  const feed = useChartFeed(feedTarget);

  const patch = useCallback((edit: Parameters<typeof withActivePatch>[1]) => change((current: ChartLayouts) => withActivePatch(current, edit)), [change]);
  const onAccount = useCallback(
    (id: number | null) => {
      const chosen = accountList.find((candidate) => candidate.id === id) ?? null;
      patch({ accountId: chosen?.id ?? null, venue: chosen === null ? 'binance' : venueOf(chosen) });
    },
    [accountList, patch],
  );

  return (
    <section className="panel chart-panel" aria-label="Chart" data-testid="chart-panel">
      <ChartToolbar
        layouts={layouts}
        layout={layout}
        accounts={accountList}
        account={account}
        venue={venue}
        isConnected={isConnected}
        feed={feed}
        store={store}
        studyColors={theme.studyColors}
        saveError={saveError === null ? null : describeApiError(saveError)}
        onAccount={onAccount}
        onSymbol={(choice) =>
          patch({ symbol: choice.symbol, interval: intervalForStored(choice.intervals, layout.interval), ...(account === null ? { venue: choice.venue } : {}) })
        }
        onInterval={(interval: CandleInterval) => patch({ interval })}
        onIndicators={(indicators: IndicatorConfig[]) => patch({ indicators })}
        onLayouts={change}
      />
      <ChartView series={series} accountId={accountId} feedTarget={feedTarget} tickSize={market?.tickSize ?? null} indicators={layout.indicators} store={store} />
    </section>
  );
}
