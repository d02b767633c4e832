import { type RawData } from 'ws';

/** A WebSocket message as text, whichever of its three shapes `ws` delivered it in. */
export function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
