import { ROWS, TRADER } from '../../test-support/binance-emulator/market-fixtures';
import { DEFAULT_SYMBOLS } from '../../test-support/binance-emulator/symbols';
import { type BinanceEmulator, type EmulatorOptions, type SymbolSpec } from '../../test-support/binance-emulator/types';

/** Binance's MAX_NUM_ORDERS for most spot symbols (the emulator's default too). */
const OPEN_ORDERS_PER_SYMBOL = 200;

function symbolsFor(count: number): SymbolSpec[] {
  const template = DEFAULT_SYMBOLS[0];
  if (template === undefined) throw new Error('the emulator has no default symbols');
  const needed = Math.ceil(count / OPEN_ORDERS_PER_SYMBOL);
  const extra = ['BNB', 'XRP', 'ADA', 'DOGE', 'TRX', 'LINK'].map((baseAsset): SymbolSpec => ({ ...template, symbol: `${baseAsset}USDT`, baseAsset }));
  const symbols = [...DEFAULT_SYMBOLS, ...extra].slice(0, needed);
  if (symbols.length < needed) throw new Error(`${count} open orders need more than ${symbols.length} symbols`);
  return symbols;
}

/**
 * An emulator where the trader can keep `count` orders open within Binance's per-symbol limit:
 * as many USDT symbols as that takes, each replaying the hand-made bars (price about 100), and
 * enough USDT to lock for all of them.
 */
export function marketForOpenOrders(count: number): EmulatorOptions {
  const symbols = symbolsFor(count);
  return {
    symbols,
    market: Object.fromEntries(symbols.map((spec) => [spec.symbol, { rows: ROWS, interval: '1m' }])),
    keys: [{ ...TRADER, balances: [{ asset: 'USDT', free: '1000000', locked: '0' }] }],
  };
}

/**
 * Places `count` LIMIT buys far below the price straight on the emulator, spread evenly over its
 * symbols, as another program would: they rest, and the app has not heard of them.
 */
export function placeRestingBuys(emulator: BinanceEmulator, count: number): void {
  const symbols = symbolsFor(count);
  for (let index = 0; index < count; index++) {
    const symbol = symbols[index % symbols.length]?.symbol ?? '';
    const price = (60 + (index % 100) / 100).toFixed(2);
    const placed = emulator.placeOrder(TRADER.apiKey, { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.1', price });
    if (placed.status !== 'NEW') throw new Error(`a resting buy came back ${placed.status}`);
  }
}
