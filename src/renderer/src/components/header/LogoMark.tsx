/** The wordmark's glyph: a wind line over a baseline, in the accent colour. */
export function LogoMark({ size = 16 }: { size?: number }) {
  return (
    <svg className="logo-mark" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true">
      <path d="M4 19c4.5-8 9-8 11.5-3.5S22 20 28 11" fill="none" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />
      <path d="M4 26h24" stroke="currentColor" strokeOpacity=".4" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}
