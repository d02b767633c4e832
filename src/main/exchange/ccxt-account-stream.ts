import { type Logger } from '../log/logger';
import { type BinanceClient } from './binance-client';
import { orderFromExecutionReport } from './binance-wire';
import { type AccountStreamListener } from './gateway';

const MAX_RETRY_DELAY_MS = 30_000;

/**
 * The user data stream (Binance's WebSocket API subscription, as ccxt does it) kept alive: it
 * subscribes, passes every execution report on, and after a drop subscribes again with
 * growing pauses, then says so, because whatever happened while it was down is only known to
 * a reconciliation.
 */
export function watchAccountStream(client: BinanceClient, listener: AccountStreamListener, log: Logger): () => void {
  let isStopped = false;
  let failures = 0;

  async function run(): Promise<void> {
    let hasBeenLive = false;
    while (!isStopped) {
      try {
        listener.onStateChange(hasBeenLive ? 'reconnecting' : 'connecting');
        await client.ensureUserDataStreamWsSubscribeSignature('spot');
        listener.onStateChange('live');
        if (hasBeenLive) listener.onReconnected();
        hasBeenLive = true;
        failures = 0;
        for (;;) {
          const orders = (await client.watchOrders()) as Array<{ info: unknown }>;
          if (isStopped) return;
          for (const order of orders) {
            try {
              listener.onOrder(orderFromExecutionReport(order.info));
            } catch (error: unknown) {
              log.error('An execution report could not be read', { error });
            }
          }
        }
      } catch (error: unknown) {
        if (isStopped) return;
        failures++;
        const delay = Math.min(500 * 2 ** failures, MAX_RETRY_DELAY_MS);
        log.warn(`The account stream dropped; reconnecting in ${delay} ms`, { error: error instanceof Error ? error.message : String(error) });
        listener.onStateChange('reconnecting');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  void run();
  return () => {
    isStopped = true;
    listener.onStateChange('off');
  };
}
