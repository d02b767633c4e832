import fs from 'node:fs';
import path from 'node:path';
import { resolveAssetPath } from '../renderer-assets/asset-path';
import { contentTypeOf } from '../renderer-assets/content-types';

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** Hashed build assets never change under the same name. */
  readonly isImmutable: boolean;
}

/** The built renderer file a URL path names, or null for anything outside the folder or missing. */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  const file = resolveAssetPath(root, urlPath);
  if (file === null) return null;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  return {
    body: fs.readFileSync(file),
    contentType: contentTypeOf(file),
    isImmutable: path.relative(root, file).startsWith(`assets${path.sep}`),
  };
}
