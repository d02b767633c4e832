import { useCallback, useEffect, useState, type PointerEvent as ReactPointerEvent } from 'react';

const STORAGE_KEY = 'tradewind.bottomPanelHeight';
const MIN_HEIGHT = 120;
/** The workspace above keeps at least this much. */
const MIN_ROOM_ABOVE = 220;

/**
 * The bottom panel's height, dragged by its top edge and remembered across reloads. Clamped
 * so neither the panel nor the chart above can be squeezed away.
 */
export function useResizableHeight(defaultHeight: number) {
  const [height, setHeight] = useState(() => clamp(readStored() ?? defaultHeight));

  useEffect(() => {
    const onResize = (): void => setHeight((current) => clamp(current));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const startDrag = useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      const handle = event.currentTarget;
      handle.setPointerCapture(event.pointerId);
      const startY = event.clientY;
      const startHeight = height;
      let latest = startHeight;
      const onMove = (move: PointerEvent): void => {
        latest = clamp(startHeight + (startY - move.clientY));
        setHeight(latest);
      };
      const onUp = (): void => {
        handle.removeEventListener('pointermove', onMove);
        handle.removeEventListener('pointerup', onUp);
        handle.removeEventListener('pointercancel', onUp);
        store(latest);
      };
      handle.addEventListener('pointermove', onMove);
      handle.addEventListener('pointerup', onUp);
      handle.addEventListener('pointercancel', onUp);
    },
    [height],
  );

  const nudge = useCallback((delta: number) => {
    setHeight((current) => {
      const next = clamp(current + delta);
      store(next);
      return next;
    });
  }, []);

  return { height, startDrag, nudge };
}

function clamp(height: number): number {
  const max = Math.max(MIN_HEIGHT, window.innerHeight - MIN_ROOM_ABOVE);
  return Math.round(Math.min(max, Math.max(MIN_HEIGHT, height)));
}

function readStored(): number | null {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function store(height: number): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(height));
  } catch {
    // Not remembering the height is harmless.
  }
}
