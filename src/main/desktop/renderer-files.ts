import { resolveAssetPath } from '../renderer-assets/asset-path';
import { APP_ORIGIN, originOf } from './app-origin';

/**
 * Maps an app:// request to a file inside the renderer folder, or null. Only our own host is
 * served; the path goes through the same guard the web shell uses.
 */
export function resolveRendererRequest(requestUrl: string, rendererDir: string): string | null {
  if (originOf(requestUrl) !== APP_ORIGIN) return null;
  return resolveAssetPath(rendererDir, new URL(requestUrl).pathname);
}
