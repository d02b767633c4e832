/** The kill switch's hotkey: Ctrl+Shift+K (⌘⇧K on a Mac), wherever the focus is, even in a field. */
export const KILL_SWITCH_HOTKEY = 'Ctrl+Shift+K';

export function isKillSwitchKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';
}

/** One line on what engaging did, for the header. */
export function describeKillReport(report: { cancelled: number; failures: readonly { symbol: string; message: string }[]; deploymentsStopped: number }): string {
  const orders = `${report.cancelled} order${report.cancelled === 1 ? '' : 's'} cancelled`;
  const deployments = report.deploymentsStopped > 0 ? `, ${report.deploymentsStopped} deployment${report.deploymentsStopped === 1 ? '' : 's'} stopped` : '';
  const failed = report.failures.length > 0 ? `; NOT cancelled on ${report.failures.map((failure) => failure.symbol).join(', ')}: ${report.failures[0]?.message ?? ''}` : '';
  return orders + deployments + failed;
}
