import { rendererCsp } from '../renderer-assets/renderer-csp';

/** Every call to the core goes through the preload bridge, so the page needs no network at all. */
export const RENDERER_CSP = rendererCsp(["'self'"]);

/** Headers for every app:// response, errors included. */
export function rendererHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
  };
}
