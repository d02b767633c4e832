import { describe, expect, it } from 'vitest';
import { formatBytes, formatRelative, secondsUntil, shortUserAgent } from './format';

describe('formatBytes', () => {
  it('picks the unit a person reads at a glance', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(4198)).toBe('4.1 KB');
    expect(formatBytes(24_700_000)).toBe('23.6 MB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
  });
});

describe('formatRelative', () => {
  const now = 1_700_000_000_000;
  it('says how long ago or how far ahead', () => {
    expect(formatRelative(now - 10_000, now)).toBe('just now');
    expect(formatRelative(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatRelative(now + 3 * 3_600_000, now)).toBe('in 3 h');
    expect(formatRelative(now + 7 * 86_400_000, now)).toBe('in 7 d');
  });
});

describe('secondsUntil', () => {
  it('rounds up and stops at zero', () => {
    expect(secondsUntil(1500, 0)).toBe(2);
    expect(secondsUntil(0, 1500)).toBe(0);
  });
});

describe('shortUserAgent', () => {
  it('names the browser, its major version and the system', () => {
    expect(shortUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe('Chrome 131 · Linux');
    expect(shortUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36')).toBe('Chromium 140 · Linux');
    expect(shortUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox 133 · Windows');
    expect(shortUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe('Safari 17 · macOS');
    expect(shortUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge 131 · Windows');
  });

  it('shortens what it does not know and says unknown for nothing', () => {
    expect(shortUserAgent(null)).toBe('unknown');
    expect(shortUserAgent('some-script/1.0')).toBe('some-script/1.0');
  });
});
