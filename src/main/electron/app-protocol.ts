import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from '../desktop/app-origin';
import { resolveRendererRequest } from '../desktop/renderer-files';
import { rendererHeaders } from '../desktop/renderer-headers';
import { contentTypeOf } from '../renderer-assets/content-types';
import { type Logger } from '../log/logger';

/**
 * Must run before the app is ready. `standard` gives app:// a real origin and relative URLs,
 * `secure` makes it a secure context like https, and `supportFetchAPI` lets the page load its
 * module scripts from it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://tradewind/, and nothing else from disk. */
export function serveRenderer(rendererDir: string, log: Logger): void {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The window's files are missing: no index.html in ${rendererDir}. The build is incomplete.`);
  }
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveRendererRequest(request.url, rendererDir);
    if (file === null) {
      log.warn('Refused an app:// request', { url: request.url });
      return plain(403, 'Forbidden');
    }
    try {
      const body = await fs.promises.readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: rendererHeaders(contentTypeOf(file)) });
    } catch {
      return plain(404, 'Not found');
    }
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: rendererHeaders('text/plain; charset=utf-8') });
}
