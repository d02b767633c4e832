import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { type CandleInterval } from '../../shared/domain/enums';
import { type CandleBatch } from '../../shared/market/candle-batch';
import { KlineRowParser, type KlineFormat } from './kline-rows';

export interface ParsedKlineFile {
  readonly file: string;
  readonly format: KlineFormat;
  readonly batch: CandleBatch;
}

/** A row of the file that cannot be imported; the message names the file and the line. */
export class KlineFileError extends Error {
  override readonly name = 'KlineFileError';
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads a Binance kline CSV file (plain or gzip'd, detected from its first bytes, whatever
 * the name says) into typed columns. Nothing is stored here: the caller writes the batch in
 * one transaction, so a bad row at line 400,000 leaves the store as it was.
 */
export async function readKlineFile(file: string, interval: CandleInterval): Promise<ParsedKlineFile> {
  const absolute = path.resolve(file);
  const name = path.basename(absolute);
  const isGzip = await startsWith(absolute, GZIP_MAGIC);
  const raw = fs.createReadStream(absolute, { highWaterMark: 1 << 20 });
  const stream = isGzip ? raw.pipe(zlib.createGunzip()) : raw;
  stream.setEncoding('utf8');
  const parser = new KlineRowParser(interval);
  let lineNumber = 0;
  const take = (line: string): void => {
    lineNumber += 1;
    const problem = parser.line(line);
    if (problem !== null) throw new KlineFileError(`${name}, line ${lineNumber}: ${problem}`);
  };
  try {
    let rest = '';
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = rest + chunk;
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        take(text.slice(start, end));
        start = end + 1;
      }
      rest = text.slice(start);
    }
    if (rest !== '') take(rest);
  } catch (error: unknown) {
    raw.destroy();
    if (error instanceof KlineFileError) throw error;
    throw new KlineFileError(`${name}: ${describeReadError(error, isGzip, lineNumber)}`);
  }
  const intervalProblem = parser.intervalProblem();
  if (intervalProblem !== null) throw new KlineFileError(`${name}: ${intervalProblem}`);
  const batch = parser.finish();
  if (batch.length === 0) throw new KlineFileError(`${name}: no kline rows in the file`);
  return { file: absolute, format: parser.format ?? 'six-column', batch };
}

async function startsWith(file: string, magic: readonly number[]): Promise<boolean> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code === 'EACCES' ? 'not readable' : String(error);
    throw new KlineFileError(`${file}: ${reason}`);
  }
  try {
    const head = Buffer.alloc(magic.length);
    const { bytesRead } = await handle.read(head, 0, magic.length, 0);
    return bytesRead === magic.length && magic.every((byte, index) => head[index] === byte);
  } finally {
    await handle.close();
  }
}

function describeReadError(error: unknown, isGzip: boolean, lineNumber: number): string {
  const message = error instanceof Error ? error.message : String(error);
  const where = lineNumber > 0 ? ` after line ${lineNumber}` : '';
  return isGzip ? `the gzip data is damaged${where} (${message})` : `cannot be read${where} (${message})`;
}
