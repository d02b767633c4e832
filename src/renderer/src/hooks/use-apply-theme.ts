import { useEffect } from 'react';
import { type Theme } from '../../../shared/schemas/settings';
import { useSettings } from '../api/use-settings';

const THEME_HINT_KEY = 'tradewind.theme';

/** Puts the saved theme on <html>, where every colour variable is chosen. */
export function useApplyTheme(): void {
  const theme = useSettings().data?.theme;
  useEffect(() => {
    if (theme === undefined) return;
    applyTheme(theme);
    try {
      localStorage.setItem(THEME_HINT_KEY, theme);
    } catch {
      // Storage may be unavailable; the hint only avoids a flash of the dark theme on start.
    }
  }, [theme]);
}

/** Before the core answers, the last theme this browser saw is the best guess. */
export function applyThemeHint(): void {
  try {
    const hint = localStorage.getItem(THEME_HINT_KEY);
    if (hint === 'dark' || hint === 'light') applyTheme(hint);
  } catch {
    // No storage, no hint: stay on the default dark theme.
  }
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
