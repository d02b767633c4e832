import { hmacSha256Hex } from '../../test-support/binance-emulator/signing';
import { type EmulatorKey } from '../../test-support/binance-emulator/types';

/**
 * The floor under any reconciliation: one signed GET /api/v3/openOrders with plain `fetch`,
 * decoded with JSON.parse. Returns how many orders came back.
 */
export async function fetchOpenOrdersRaw(baseUrl: string, key: EmulatorKey): Promise<number> {
  const query = `timestamp=${Date.now()}&recvWindow=10000`;
  const url = `${baseUrl}/api/v3/openOrders?${query}&signature=${hmacSha256Hex(key.secretKey, query)}`;
  const response = await fetch(url, { headers: { 'X-MBX-APIKEY': key.apiKey } });
  const body = await response.text();
  if (!response.ok) throw new Error(`openOrders answered ${response.status}: ${body.slice(0, 200)}`);
  const orders: unknown = JSON.parse(body);
  if (!Array.isArray(orders)) throw new Error('openOrders did not answer a list');
  return orders.length;
}
