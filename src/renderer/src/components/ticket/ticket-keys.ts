import { type OrderSide } from '../../../../shared/domain/enums';

/** The parts of a KeyboardEvent the ticket's shortcuts look at (so the mapping is testable). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat?: boolean;
  /** Tag name of the focused element the key went to ("INPUT", "BODY", ...). */
  readonly targetTag: string;
  readonly isContentEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isTypingTarget(press: Pick<KeyPress, 'targetTag' | 'isContentEditable'>): boolean {
  return TYPING_TAGS.has(press.targetTag.toUpperCase()) || press.isContentEditable === true;
}

/**
 * B or S anywhere in the window picks the side and goes to the ticket's amount, except while
 * something is being typed or with a modifier held (Ctrl+S, Alt+B belong to others).
 */
export function globalTicketKey(press: KeyPress): OrderSide | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.repeat === true || isTypingTarget(press)) return null;
  const key = press.key.toLowerCase();
  if (key === 'b') return 'BUY';
  if (key === 's') return 'SELL';
  return null;
}

export type TicketKeyAction = 'submit' | 'clear';

/**
 * Keys inside the ticket: Enter sends (except on a button, which does its own thing, or a
 * select, where Enter opens the list); Esc empties the amount and leaves the ticket.
 */
export function ticketKeyAction(press: KeyPress): TicketKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const tag = press.targetTag.toUpperCase();
  if (press.key === 'Enter' && tag !== 'BUTTON' && tag !== 'SELECT' && tag !== 'TEXTAREA' && tag !== 'A') return 'submit';
  if (press.key === 'Escape') return 'clear';
  return null;
}

/** ArrowUp / ArrowDown in a price field move it one tick. */
export function priceKeyStep(press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): 1 | -1 | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'ArrowUp') return 1;
  if (press.key === 'ArrowDown') return -1;
  return null;
}

/** Reads a DOM or React keyboard event. */
export function keyPressOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; repeat: boolean; target: EventTarget | null }): KeyPress {
  const target = event.target;
  const element = target instanceof HTMLElement ? target : null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    repeat: event.repeat,
    targetTag: element?.tagName ?? '',
    isContentEditable: element?.isContentEditable ?? false,
  };
}
