import { test } from '@playwright/test';
import { makeDataDir, startWebShell, type WebShell } from '../../test-support/web-shell';

/** Web shells started by a test, stopped after it whatever happened. */
export function useWebShells(): { start(options?: { dataDir?: string; env?: Record<string, string> }): Promise<WebShell>; forget(shell: WebShell): void } {
  const running: WebShell[] = [];
  test.afterEach(async () => {
    for (const shell of running.splice(0)) await shell.stop();
  });
  return {
    async start(options = {}) {
      const shell = await startWebShell({ dataDir: options.dataDir ?? makeDataDir(), ...(options.env ? { env: options.env } : {}) });
      running.push(shell);
      return shell;
    },
    forget(shell) {
      running.splice(running.indexOf(shell), 1);
    },
  };
}
