/** "2024-03-05 14:00": a bar's time in UTC, as Binance opens bars on UTC boundaries; fixed width, sorts as text. */
export function utcMinute(time: number): string {
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}
