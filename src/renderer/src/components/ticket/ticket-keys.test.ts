import { describe, expect, it } from 'vitest';
import { globalTicketKey, priceKeyStep, ticketKeyAction, type KeyPress } from './ticket-keys';

const press = (over: Partial<KeyPress>): KeyPress => ({ key: 'b', ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', ...over });

describe('globalTicketKey', () => {
  it('B buys and S sells, either case', () => {
    expect(globalTicketKey(press({ key: 'b' }))).toBe('BUY');
    expect(globalTicketKey(press({ key: 'S' }))).toBe('SELL');
    expect(globalTicketKey(press({ key: 'x' }))).toBeNull();
  });
  it('stays out of the way while typing, with modifiers and on auto-repeat', () => {
    for (const targetTag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(globalTicketKey(press({ targetTag }))).toBeNull();
    expect(globalTicketKey(press({ targetTag: 'DIV', isContentEditable: true }))).toBeNull();
    expect(globalTicketKey(press({ ctrlKey: true }))).toBeNull();
    expect(globalTicketKey(press({ metaKey: true }))).toBeNull();
    expect(globalTicketKey(press({ altKey: true }))).toBeNull();
    expect(globalTicketKey(press({ repeat: true }))).toBeNull();
    expect(globalTicketKey(press({ targetTag: 'BUTTON' }))).toBe('BUY');
  });
});

describe('ticketKeyAction', () => {
  it('Enter submits from a field, not from a button or a select', () => {
    expect(ticketKeyAction(press({ key: 'Enter', targetTag: 'INPUT' }))).toBe('submit');
    expect(ticketKeyAction(press({ key: 'Enter', targetTag: 'DIV' }))).toBe('submit');
    expect(ticketKeyAction(press({ key: 'Enter', targetTag: 'BUTTON' }))).toBeNull();
    expect(ticketKeyAction(press({ key: 'Enter', targetTag: 'SELECT' }))).toBeNull();
    expect(ticketKeyAction(press({ key: 'Enter', targetTag: 'INPUT', ctrlKey: true }))).toBeNull();
  });
  it('Escape clears', () => {
    expect(ticketKeyAction(press({ key: 'Escape', targetTag: 'INPUT' }))).toBe('clear');
    expect(ticketKeyAction(press({ key: 'a', targetTag: 'INPUT' }))).toBeNull();
  });
});

describe('priceKeyStep', () => {
  it('arrows move a tick', () => {
    expect(priceKeyStep(press({ key: 'ArrowUp' }))).toBe(1);
    expect(priceKeyStep(press({ key: 'ArrowDown' }))).toBe(-1);
    expect(priceKeyStep(press({ key: 'ArrowUp', altKey: true }))).toBeNull();
    expect(priceKeyStep(press({ key: 'ArrowLeft' }))).toBeNull();
  });
});
