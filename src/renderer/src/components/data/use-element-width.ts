import { useEffect, useState } from 'react';

/**
 * The content width of an element, kept current as it resizes (a hidden tab reads 0 until it
 * is shown). Returns a callback ref to put on the element, and the width.
 */
export function useElementWidth<T extends HTMLElement>(): readonly [(element: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (element === null) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry !== undefined) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}
