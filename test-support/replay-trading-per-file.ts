import { afterAll, beforeAll } from 'vitest';
import { startReplayTrading } from './deployment-fixture';
import { type TradingFixture, type TradingOptions } from './trading-fixture';

/** RSI 14 with 30/70: the deployment the replay's tests trade. */
export const RSI_14 = { period: 14, oversold: 30, overbought: 70 } as const;

/**
 * The core trading on the emulator's March 2024 replay, one for the whole test file: started
 * before its first test, closed after its last. Its tests share the replay's clock.
 */
export function replayTradingPerFile(options: Omit<TradingOptions, 'emulator'> = {}): () => TradingFixture {
  let fixture: TradingFixture | null = null;
  beforeAll(async () => {
    fixture = await startReplayTrading(options);
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
  });
  return () => {
    if (fixture === null) throw new Error('The replay trading fixture is used outside its tests');
    return fixture;
  };
}
