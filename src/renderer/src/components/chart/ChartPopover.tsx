import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from './use-dismiss';

interface Props {
  /** Names the panel for screen readers. */
  readonly label: string;
  readonly panelTestId: string;
  readonly align?: 'left' | 'right';
  readonly trigger: (state: { readonly isOpen: boolean; readonly toggle: () => void }) => ReactNode;
  readonly children: (close: () => void) => ReactNode;
}

/** A panel dropped from a toolbar button; Escape or a press elsewhere closes it. */
export function ChartPopover({ label, panelTestId, align = 'left', trigger, children }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setIsOpen(false), []);
  const toggle = useCallback(() => setIsOpen((open) => !open), []);
  useDismiss(isOpen, root, close);
  return (
    <div className="chart-popover-root" ref={root}>
      {trigger({ isOpen, toggle })}
      {isOpen && (
        <div className={`chart-popover chart-popover--${align}`} role="dialog" aria-label={label} data-testid={panelTestId}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
