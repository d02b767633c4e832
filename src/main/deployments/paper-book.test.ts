import { describe, expect, it } from 'vitest';
import { NO_LIMITS } from '../../shared/risk/entry-limits';
import { DEFAULT_RULES } from '../backtest/symbol-rules';
import { DEFAULT_COSTS } from '../backtest/engine-types';
import { PaperBook, withoutPendingEntry, type PaperBookSnapshot } from './paper-book';

describe('a paused paper book', () => {
  it('loses the entry it had asked for, and keeps everything else', () => {
    const book = new PaperBook(10_000, DEFAULT_COSTS, DEFAULT_RULES, NO_LIMITS);
    book.settle({ time: 0, open: 100, high: 101, low: 99, close: 100, volume: 1 });
    book.submit({ action: 'enter', orderType: 'market', quoteAmount: 1000, reason: 'test' });
    expect(book.position().isEntryPending).toBe(true);
    const stored = JSON.stringify(book.snapshot());

    const paused = PaperBook.restore(JSON.parse(withoutPendingEntry(stored)) as PaperBookSnapshot, NO_LIMITS);
    expect(paused.position().isEntryPending).toBe(false);
    expect(paused.broker.cash).toBe(10_000);
    expect(paused.equity).toBe(book.equity);
    // The next bar fills nothing.
    paused.settle({ time: 60_000, open: 120, high: 121, low: 119, close: 120, volume: 1 });
    expect(paused.position().isOpen).toBe(false);
    // A book with nothing pending is stored as it was.
    const flat = JSON.stringify(paused.snapshot());
    expect(withoutPendingEntry(flat)).toBe(flat);
  });
});
