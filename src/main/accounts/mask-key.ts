/** What the UI may show of an API key: its first and last four characters. */
export function maskKey(apiKey: string): string {
  return `${apiKey.slice(0, 4)}…${apiKey.slice(-4)}`;
}
