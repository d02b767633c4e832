import { type Download } from '../../../shared/schemas/candles';

export interface DownloadList {
  readonly downloads: Download[];
}

/** Running downloads first, then the most recently started. */
export function byRunningThenNewest(a: Download, b: Download): number {
  const running = Number(b.state === 'running') - Number(a.state === 'running');
  return running || b.startedAt - a.startedAt || b.id - a.id;
}

export function sortedDownloads(list: DownloadList): DownloadList {
  return { downloads: [...list.downloads].sort(byRunningThenNewest) };
}

/**
 * Folds a `candles.download` event (or a mutation's reply) into the cached list: the download
 * with that id is replaced, a new one joins. Events come in order over one link, so the newest
 * word on a download is always the last one.
 */
export function withDownload(list: DownloadList, download: Download): DownloadList {
  const others = list.downloads.filter((candidate) => candidate.id !== download.id);
  return { downloads: [...others, download].sort(byRunningThenNewest) };
}

/**
 * Folds a method's reply (download, cancel, resume) into the list. The core may push the
 * download's first progress event (with the count of bars the range lacks) before the reply
 * that started it, and a cancel replies before the run stops: a reply in the same state as the
 * cached download knows no more than it, so the cached one stays.
 */
export function withReply(list: DownloadList, download: Download): DownloadList {
  const known = list.downloads.find((candidate) => candidate.id === download.id);
  return known !== undefined && known.state === download.state ? list : withDownload(list, download);
}

/** A download that stopped, for better or worse: what it stored is now in the coverage. */
export function hasStopped(download: Pick<Download, 'state'>): boolean {
  return download.state !== 'running';
}
