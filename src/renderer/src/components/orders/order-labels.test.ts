import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../../../../shared/domain/enums';
import { sampleOrder } from '../../../../shared/schemas/trading.fixture';
import { amountText, isCancellable, originText, statusText, typeText } from './order-labels';

const order = sampleOrder;

describe('order labels', () => {
  it('has a word and an explanation for every status', () => {
    for (const status of ORDER_STATUSES) expect(statusText(status).title.length).toBeGreaterThan(5);
  });

  it('offers cancel only for orders the exchange may still hold', () => {
    expect(isCancellable(order({ status: 'NEW' }))).toBe(true);
    expect(isCancellable(order({ status: 'PARTIALLY_FILLED' }))).toBe(true);
    expect(isCancellable(order({ status: 'unknown' }))).toBe(true);
    expect(isCancellable(order({ status: 'pending' }))).toBe(false);
    expect(isCancellable(order({ status: 'FILLED' }))).toBe(false);
    expect(isCancellable(order({ status: 'PENDING_CANCEL' }))).toBe(false);
  });

  it('describes type, amount and origin', () => {
    expect(typeText(order({ type: 'MARKET', timeInForce: null }))).toBe('market');
    expect(typeText(order({ type: 'STOP_LOSS_LIMIT', timeInForce: 'IOC' }))).toBe('stop-loss limit IOC');
    expect(amountText(order({ quantity: null, quoteOrderQty: '25' }))).toBe('25 (quote)');
    expect(originText(order({ isAdopted: true }))).toBe('adopted');
    expect(originText(order({ origin: 'strategy', deploymentId: 3 }))).toBe('deployment #3');
  });
});
