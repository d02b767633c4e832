import http from 'node:http';
import { expect, test } from '@playwright/test';
import { PASSPHRASE, signIn } from './support/sign-in';
import { useWebShells } from './support/web-shells';

const shells = useWebShells();

/** A page on another port of the same machine: another origin, but the same site for cookies. */
async function serveForeignPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>elsewhere</title><p>another origin</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('a page served from another origin cannot call the contract, even knowing the token', async ({ page }) => {
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page); // this browser now holds the access and session cookies
  const foreign = await serveForeignPage();
  try {
    const foreignPage = await page.context().newPage();
    await foreignPage.goto(foreign.url);
    const outcome = await foreignPage.evaluate(
      async ({ origin, token, passphrase }) => {
        const socket = await new Promise<string>((resolve) => {
          const ws = new WebSocket(`${origin.replace('http', 'ws')}/ws?token=${token}`);
          ws.onopen = () => resolve('opened');
          ws.onerror = () => resolve('refused');
        });
        const signInAttempt = await fetch(`${origin}/auth/unlock`, {
          method: 'POST',
          mode: 'no-cors',
          credentials: 'include',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ passphrase }),
        }).then(
          (response) => response.type,
          () => 'failed',
        );
        const read = await fetch(`${origin}/?token=${token}`, { credentials: 'include' }).then(
          () => 'read',
          () => 'blocked',
        );
        return { socket, signInAttempt, read };
      },
      { origin: shell.origin, token: shell.token, passphrase: PASSPHRASE },
    );
    expect(outcome.socket).toBe('refused');
    expect(outcome.read).toBe('blocked');
    // A no-cors POST goes out blind and its answer is unreadable; the server refused it before any passphrase check.
    expect(['opaque', 'failed']).toContain(outcome.signInAttempt);
    expect(shell.stderr().match(/Web session \S+ started/g)).toHaveLength(1);
    expect(shell.stderr()).not.toContain('Wrong passphrase');
  } finally {
    await foreign.close();
  }
});

test('guessing the passphrase is slowed down and logged', async ({ page }) => {
  const shell = await shells.start();
  await page.goto(shell.url);
  await signIn(page);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('signin-screen')).toBeVisible();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByTestId('signin-passphrase').fill(`a wrong guess number ${attempt}`);
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toHaveAttribute('data-code', 'UNAUTHORIZED');
    await expect(page.getByTestId('signin-submit')).toBeEnabled({ timeout: 5_000 });
  }
  await page.getByTestId('signin-passphrase').fill(PASSPHRASE);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signin-error')).toHaveAttribute('data-code', 'RATE_LIMITED');
  expect(shell.stderr()).toContain('Wrong passphrase (3 in a row from ip:127.0.0.1)');
  expect(shell.stderr()).toContain('Passphrase attempt refused while throttled');
  // Once the wait is over, the right passphrase works.
  await expect(page.getByTestId('signin-submit')).toBeEnabled({ timeout: 10_000 });
  await signIn(page);
});
