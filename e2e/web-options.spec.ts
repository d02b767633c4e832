import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { BUILT_WEB_ENTRY, makeDataDir, REPO_ROOT, startWebShell } from '../test-support/web-shell';

/** The web shell's command line, run as a person or a script would run it. */
test('a taken port is a one-line error, not a crash', async () => {
  const first = await startWebShell({ dataDir: makeDataDir() });
  try {
    const second = spawnSync(process.execPath, [BUILT_WEB_ENTRY, '--port', String(first.port), '--data-dir', makeDataDir()], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr.trim().split('\n').at(-1)).toBe(`tradewind web: Port ${first.port} is in use; pass --port <n> (0 picks a free one)`);
  } finally {
    await first.stop();
  }
});

test('a second shell on the same data folder is refused, naming the first', async () => {
  const first = await startWebShell({ dataDir: makeDataDir() });
  try {
    const second = spawnSync(process.execPath, [BUILT_WEB_ENTRY, '--port', '0', '--data-dir', first.dataDir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`is in use by the web shell (pid ${first.process.pid})`);
  } finally {
    await first.stop();
  }
});

test('binding beyond loopback warns that the workstation is reachable from other machines', async () => {
  const shell = await startWebShell({ dataDir: makeDataDir(), extraArgs: ['--host', '0.0.0.0'] });
  try {
    expect(shell.stderr()).toMatch(/WARN .*reachable from other machines/);
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  } finally {
    await shell.stop();
  }
});

const BAD_OPTIONS: Array<[string[], RegExp]> = [
  [['--port', 'seventy'], /^tradewind web: --port must be 0-65535, got "seventy"$/],
  [['--bogus'], /^tradewind web: Unknown option '--bogus'/],
];
for (const [args, message] of BAD_OPTIONS) {
  test(`bad options ${args.join(' ')} exit with code 2 and a one-line reason`, () => {
    const result = spawnSync(process.execPath, [BUILT_WEB_ENTRY, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim()).not.toContain('\n');
  });
}
