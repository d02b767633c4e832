import { expect } from 'vitest';
import { type CcxtOnEmulator } from './ccxt-client';
import { type BinanceEmulator } from './types';

/** A well-formed Binance key or secret (64 alphanumerics) derived from a readable name. */
export function keyString(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').padEnd(64, '0').slice(0, 64);
}

/** Every call a ccxt client made reached this emulator, from loopback, and nothing else did. */
export function expectOnlyEmulatorTraffic(emulator: BinanceEmulator, clients: readonly CcxtOnEmulator[]): void {
  const sent = clients.flatMap((client) => client.sentUrls);
  expect(sent.filter((url) => !url.startsWith(`${emulator.url}/`))).toEqual([]);
  expect(emulator.requests).toHaveLength(sent.length);
  const wsBase = emulator.url.replace(/^http/, 'ws');
  expect(clients.flatMap((client) => client.wsUrls()).filter((url) => !url.startsWith(`${wsBase}/`))).toEqual([]);
  const remotes = [...emulator.requests, ...emulator.connections].map((request) => request.remoteAddress);
  expect(remotes.filter((address) => address !== '127.0.0.1')).toEqual([]);
}
