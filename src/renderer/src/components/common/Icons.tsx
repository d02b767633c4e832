import { type ReactNode } from 'react';

/** The few glyphs the panels need, drawn on a 16-unit grid in the current text colour. */

interface IconProps {
  readonly size?: number;
  readonly className?: string;
}

/** The frame every glyph shares: square, decorative, hidden from screen readers. */
function Glyph({ size, className, children }: { size: number; className: string | undefined; children: ReactNode }) {
  return (
    <svg className={className} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true">
      {children}
    </svg>
  );
}

export function LockIcon({ size = 12, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <rect x="3" y="7" width="10" height="7" rx="1.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </Glyph>
  );
}

export function UnlockIcon({ size = 12, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <rect x="3" y="7" width="10" height="7" rx="1.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 4.8-1" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </Glyph>
  );
}

export function WarningIcon({ size = 16, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <path d="M8 1.8 15 14H1z" fill="currentColor" fillOpacity=".16" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r=".95" fill="currentColor" />
    </Glyph>
  );
}

export function InfoIcon({ size = 14, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M8 7.2V11.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="4.9" r=".9" fill="currentColor" />
    </Glyph>
  );
}

export function CheckIcon({ size = 12, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </Glyph>
  );
}

export function CrossIcon({ size = 12, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
    </Glyph>
  );
}

export function DatabaseIcon({ size = 16, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <ellipse cx="8" cy="3.8" rx="5.5" ry="2" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M2.5 3.8v8.4c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2V3.8M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2" fill="none" stroke="currentColor" strokeWidth="1.3" />
    </Glyph>
  );
}

export function BellIcon({ size = 14, className }: IconProps) {
  return (
    <Glyph size={size} className={className}>
      <path d="M8 2a4 4 0 0 0-4 4v2.6L2.6 11h10.8L12 8.6V6a4 4 0 0 0-4-4z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      <path d="M6.5 12.6a1.6 1.6 0 0 0 3 0" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
    </Glyph>
  );
}
