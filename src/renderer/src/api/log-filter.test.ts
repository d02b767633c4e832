import { describe, expect, it } from 'vitest';
import { type LogEntry } from '../../../shared/schemas/log';
import { DEFAULT_LOG_FILTER, logListInput, matchesLogFilter, toggleLevel } from './log-filter';

const line = (level: LogEntry['level'], module: string): LogEntry => ({ id: 1, ts: 0, level, module, message: 'm', context: null });

describe('log filter', () => {
  it('toggles levels and keeps them in canonical order, so equal filters share a cache entry', () => {
    const withoutInfo = toggleLevel(DEFAULT_LOG_FILTER, 'info');
    expect(withoutInfo.levels).toEqual(['debug', 'warn', 'error']);
    expect(toggleLevel(withoutInfo, 'info').levels).toEqual(['debug', 'info', 'warn', 'error']);
  });

  it('asks for every level by not naming any, and pages with before', () => {
    expect(logListInput(DEFAULT_LOG_FILTER, 200, null)).toEqual({ limit: 200 });
    expect(logListInput({ levels: ['warn', 'error'], module: 'web' }, 50, 99)).toEqual({
      limit: 50,
      before: 99,
      levels: ['warn', 'error'],
      module: 'web',
    });
  });

  it('matches a line on level and module', () => {
    const filter = { levels: ['warn', 'error'] as const, module: 'web' };
    expect(matchesLogFilter(line('warn', 'web'), filter)).toBe(true);
    expect(matchesLogFilter(line('info', 'web'), filter)).toBe(false);
    expect(matchesLogFilter(line('warn', 'store'), filter)).toBe(false);
    expect(matchesLogFilter(line('debug', 'anything'), DEFAULT_LOG_FILTER)).toBe(true);
  });
});
