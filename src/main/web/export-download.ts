import fs from 'node:fs';
import path from 'node:path';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type CoreHost } from '../core/core-host';
import { EXPORTS_FOLDER } from '../export/export-service';
import { resolveAssetPath } from '../renderer-assets/asset-path';
import { readCookie } from './cookies';

export const EXPORTS_PREFIX = '/exports/';

/**
 * In the web shell an export lands on the server's disk; this hands it to the signed-in
 * browser that asked for it. Only a live session may download, and only files inside the
 * exports folder (the same path guard that serves the renderer).
 */
export function handleExportDownload(request: IncomingMessage, response: ServerResponse, urlPath: string, core: CoreHost, sessionCookieName: string): void {
  const token = readCookie(request.headers.cookie, sessionCookieName);
  const session = token === null ? null : (core.current()?.sessions.authenticate(token) ?? null);
  if (session === null) {
    response.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' }).end('sign in first\n');
    return;
  }
  const file = resolveAssetPath(path.join(core.config.dataDir, EXPORTS_FOLDER), urlPath.slice(EXPORTS_PREFIX.length - 1));
  if (file === null || path.basename(file).startsWith('.') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('no such export\n');
    return;
  }
  const isCsv = file.endsWith('.csv');
  response.writeHead(200, {
    'Content-Type': isCsv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${path.basename(file).replace(/"/g, '')}"`,
    'Cache-Control': 'no-store',
  });
  fs.createReadStream(file).pipe(response);
}
