import path from 'node:path';

/**
 * Resolves a still percent-encoded URL path to a file inside `rootDir`, or null. Both shells
 * serve the built renderer through this one guard. The URL parser has usually removed dot
 * segments already; this does not rely on it. Encoded separators, backslashes, NUL, empty, `.`
 * and `..` segments and drive letters or stream names (`:`) are refused outright rather than
 * interpreted, and the result must still lie inside the folder.
 */
export function resolveAssetPath(rootDir: string, urlPath: string): string | null {
  if (/%(2f|5c|00)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded.replace(/^\//, '');
  const segments = relative === '' ? ['index.html'] : relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\:\0]/.test(segment))) {
    return null;
  }
  const file = path.resolve(rootDir, ...segments);
  return isInsideFolder(rootDir, file) ? file : null;
}

/** Strictly below `folder`: not the folder itself, not a sibling that merely shares its prefix. */
export function isInsideFolder(folder: string, file: string): boolean {
  const fromFolder = path.relative(path.resolve(folder), path.resolve(file));
  return fromFolder !== '' && fromFolder !== '..' && !fromFolder.startsWith(`..${path.sep}`) && !path.isAbsolute(fromFolder);
}
