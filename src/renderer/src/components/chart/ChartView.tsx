import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { type ChartFill, type CandleWindow } from '../../../../shared/schemas/candles';
import { type IndicatorConfig } from '../../../../shared/schemas/chart';
import { type Order } from '../../../../shared/schemas/orders';
import { type FeedTarget } from '../../api/chart-feed-watcher';
import { seriesId, type ChartSeries } from '../../api/chart-series';
import { describeApiError } from '../../api/form-errors';
import { useChartCandles } from '../../api/use-chart-candles';
import { useChartDecisions } from '../../api/use-chart-decisions';
import { useLiveCandles } from '../../api/use-chart-live';
import { useChartFills, useChartOpenOrders } from '../../api/use-chart-trades';
import { useMoveOrder } from '../../api/use-move-order';
import { pickTicketPrice } from '../ticket/ticket-price-bus';
import { moveFor } from './order-drag-math';
import { InlineError } from '../common/InlineError';
import { ChartDecisionMarks } from './ChartDecisionMarks';
import { ChartDecisionTooltip } from './ChartDecisionTooltip';
import { ChartEmpty } from './ChartEmpty';
import { ChartLegend } from './ChartLegend';
import { ChartOrderLines } from './ChartOrderLines';
import { type ChartViewStore } from './chart-view-store';
import { useChartTheme } from './use-chart-theme';
import { useLightweightChart } from './use-lightweight-chart';

const NO_PAGES: readonly CandleWindow[] = [];
const NO_FILLS: readonly ChartFill[] = [];
const NO_ORDERS: readonly Order[] = [];

interface Props {
  readonly series: ChartSeries;
  readonly accountId: number | null;
  readonly feedTarget: FeedTarget | null;
  readonly tickSize: string | null;
  readonly indicators: readonly IndicatorConfig[];
  readonly store: ChartViewStore;
}

/**
 * The canvas and what lies over it. Data flows one way: queries and live events in, the
 * controller draws; the legend and the empty state read back what it drew from the store.
 */
export function ChartView({ series, accountId, feedTarget, tickSize, indicators, store }: Props) {
  const candles = useChartCandles(series);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = candles;
  const onNeedOlder = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const theme = useChartTheme();
  const [controller, hostRef] = useLightweightChart(theme, store, onNeedOlder);

  const pages = candles.data?.pages ?? NO_PAGES;
  // Fills from the oldest stored bar on; with nothing stored (live bars only), the newest fills.
  const oldestLoaded = pages.at(-1)?.candles.time[0] ?? (candles.isSuccess ? 0 : null);
  const fills = useChartFills(accountId, series.symbol, oldestLoaded);
  const orders = useChartOpenOrders(accountId, series.symbol);
  const id = seriesId(series);
  const { symbol, interval } = series;
  const decisions = useChartDecisions(accountId, symbol, interval, oldestLoaded);

  useEffect(() => {
    controller?.showSeries(id, symbol, interval);
  }, [controller, id, symbol, interval]);
  useEffect(() => {
    controller?.setHistory(pages, candles.isSuccess, hasNextPage, isFetchingNextPage);
  }, [controller, pages, candles.isSuccess, hasNextPage, isFetchingNextPage]);
  useEffect(() => {
    controller?.setIndicators(indicators);
  }, [controller, indicators]);
  useEffect(() => {
    controller?.setTickSize(tickSize);
  }, [controller, tickSize]);
  useEffect(() => {
    controller?.setFills(accountId === null ? NO_FILLS : (fills.data ?? NO_FILLS));
  }, [controller, accountId, fills.data]);
  useEffect(() => {
    controller?.setDecisions(decisions.sets);
  }, [controller, decisions.sets]);
  useEffect(() => {
    controller?.setOrders(accountId === null ? NO_ORDERS : (orders.data?.orders ?? NO_ORDERS));
  }, [controller, accountId, orders.data]);
  const moveOrder = useMoveOrder();
  const { mutate: move } = moveOrder;
  const [moveError, setMoveError] = useState<string | null>(null);
  useEffect(() => {
    if (controller === null) return;
    controller.setOrderActions({
      onPickPrice: pickTicketPrice,
      onMoveOrder: (order, price) => {
        const target = moveFor(order, price, tickSize);
        if (target === null) {
          controller.resetOrderLine(order.clientOrderId);
          return;
        }
        setMoveError(null);
        move(
          { accountId: order.accountId, clientOrderId: order.clientOrderId, ...target },
          {
            onError: (error) => {
              controller.resetOrderLine(order.clientOrderId);
              setMoveError(`The order was not moved: ${describeApiError(error)}`);
            },
          },
        );
      },
    });
    return () => controller.setOrderActions(null);
  }, [controller, tickSize, move]);
  useLiveCandles(
    feedTarget,
    useCallback((candle) => controller?.applyLive(candle), [controller]),
  );

  const barCount = useSyncExternalStore(store.subscribe, () => store.getState().barCount);
  const source = pages[0]?.source ?? null;
  const notices: ReactNode[] = [];
  if (fills.isError) notices.push(`Fills could not be loaded: ${describeApiError(fills.error)}`);
  if (orders.isError) notices.push(`Open orders could not be loaded: ${describeApiError(orders.error)}`);
  if (decisions.error !== null) notices.push(`Strategy decisions could not be loaded: ${describeApiError(decisions.error)}`);
  if (moveError !== null) notices.push(moveError);
  if (candles.isFetchNextPageError) notices.push(`Older bars could not be loaded: ${describeApiError(candles.error)}`);

  return (
    <div className="chart-body">
      <div className="chart-canvas" data-testid="chart-canvas" ref={hostRef} />
      <ChartOrderLines store={store} />
      <ChartDecisionMarks store={store} />
      <ChartLegend store={store} symbol={symbol} interval={interval} note={source === 'derived' ? 'built from 1m bars' : null} notices={notices} />
      <ChartDecisionTooltip store={store} />
      {isFetchingNextPage && <div className="chart-loading-older">Loading older bars…</div>}
      {moveOrder.isPending && (
        <div className="chart-loading-older" data-testid="chart-moving-order">
          Moving the order…
        </div>
      )}
      <span className="chart-attribution" title="Charts by TradingView Lightweight Charts™ (tradingview.com), Apache License 2.0">
        TradingView Lightweight Charts™
      </span>
      {candles.isError && !candles.isFetchNextPageError ? (
        <div className="chart-overlay">
          <InlineError onRetry={() => void candles.refetch()} testId="chart-error">
            Could not load {symbol} {interval} bars: {describeApiError(candles.error)}
          </InlineError>
        </div>
      ) : candles.isPending ? (
        <div className="chart-overlay chart-overlay--quiet" data-testid="chart-loading">
          Loading {symbol} {interval}…
        </div>
      ) : (
        barCount === 0 && <ChartEmpty symbol={symbol} interval={interval} isStreaming={feedTarget !== null} />
      )}
    </div>
  );
}
