import { useEffect, useRef } from 'react';
import { type LiveCandleEvent } from '../../../shared/schemas/exchange';
import { useBridge } from '../bridge/bridge-context';
import { type FeedTarget } from './chart-feed-watcher';

/**
 * Hands every live candle of the target series to `onCandle` as it arrives, outside React's
 * render cycle: the chart draws it with `series.update`, and no component re-renders per tick.
 */
export function useLiveCandles(target: FeedTarget | null, onCandle: (candle: LiveCandleEvent) => void): void {
  const bridge = useBridge();
  const handler = useRef(onCandle);
  useEffect(() => {
    handler.current = onCandle;
  }, [onCandle]);
  const accountId = target?.accountId ?? null;
  const symbol = target?.symbol ?? '';
  const interval = target?.interval ?? '';

  useEffect(() => {
    if (accountId === null) return undefined;
    return bridge.on('market.candle', (candle) => {
      if (candle.accountId === accountId && candle.symbol === symbol && candle.interval === interval) handler.current(candle);
    });
  }, [bridge, accountId, symbol, interval]);
}
