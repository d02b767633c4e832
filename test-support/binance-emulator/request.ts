import { type IncomingMessage } from 'node:http';

/** One HTTP request, reduced to what Binance looks at. */
export interface EmulatorRequest {
  method: string;
  path: string;
  rawQuery: string;
  /** The raw body for methods whose parameters may travel in it; '' for GET. */
  rawBody: string;
  /** Query and body parameters merged; a query value wins, as on Binance. */
  params: ReadonlyMap<string, string>;
  apiKey?: string;
  remoteAddress: string;
}

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function isFormBody(message: IncomingMessage): boolean {
  const contentType = message.headers['content-type'];
  return contentType === undefined || contentType.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

export async function readRequest(message: IncomingMessage): Promise<EmulatorRequest> {
  const method = message.method ?? 'GET';
  const target = message.url ?? '/';
  const questionMark = target.indexOf('?');
  const path = questionMark < 0 ? target : target.slice(0, questionMark);
  const rawQuery = questionMark < 0 ? '' : target.slice(questionMark + 1);
  // Binance reads GET parameters from the query string only.
  const body = await readBody(message);
  const rawBody = method !== 'GET' && isFormBody(message) ? body : '';

  const params = new Map<string, string>(new URLSearchParams(rawBody));
  for (const [name, value] of new URLSearchParams(rawQuery)) params.set(name, value);

  const apiKeyHeader = message.headers['x-mbx-apikey'];
  const apiKey = Array.isArray(apiKeyHeader) ? apiKeyHeader[0] : apiKeyHeader;
  return {
    method,
    path,
    rawQuery,
    rawBody,
    params,
    apiKey,
    remoteAddress: message.socket.remoteAddress ?? '',
  };
}
