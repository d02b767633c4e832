import { desktopSkipReason } from './desktop-skip';

/** Said once, up front, so a green run never hides that the desktop shell was not exercised. */
export default function globalSetup(): void {
  const reason = desktopSkipReason();
  if (reason !== null) console.warn(`Desktop e2e tests will be skipped: ${reason}`);
}
