import { type ServerResponse } from 'node:http';
import { rendererCsp } from '../renderer-assets/renderer-csp';

/**
 * Headers on every response of the web shell: the page may load only its own files, talk only
 * to its own server, and cannot be framed or sniffed.
 */
export function applySecurityHeaders(response: ServerResponse, hostHeader: string): void {
  response.setHeader('Content-Security-Policy', rendererCsp(["'self'", `ws://${hostHeader}`]));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
