import { type ISeriesApi } from 'lightweight-charts';
import { type OrderLineSpec } from './order-lines';

/** How close (px) to an order's line a press must land to grab it. */
const GRAB_DISTANCE_PX = 6;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD_PX = 3;

export interface OrderDragHooks {
  readonly lines: () => readonly OrderLineSpec[];
  /** Draws the line at the dragged price (null: back where it was). */
  readonly preview: (id: string, price: number | null) => void;
  /** The line was dropped at `price` (a float from the price scale). */
  readonly drop: (id: string, price: number) => void;
}

/**
 * Dragging an open order's line on the price pane. A press near a line is taken before the
 * chart sees it (so the chart does not pan), the line follows the pointer, and the drop hands
 * the new price on; Escape puts the line back. The chart's own mouse handling (lightweight-charts
 * listens to mouse events) is left alone everywhere else.
 */
export class OrderDrag {
  readonly #host: HTMLElement;
  readonly #series: ISeriesApi<'Candlestick'>;
  readonly #hooks: OrderDragHooks;
  #drag: { id: string; startY: number; isMoving: boolean; price: number } | null = null;

  constructor(host: HTMLElement, series: ISeriesApi<'Candlestick'>, hooks: OrderDragHooks) {
    this.#host = host;
    this.#series = series;
    this.#hooks = hooks;
    host.addEventListener('mousedown', this.#onDown, { capture: true });
    host.addEventListener('mousemove', this.#onHover);
  }

  dispose(): void {
    this.#host.removeEventListener('mousedown', this.#onDown, { capture: true });
    this.#host.removeEventListener('mousemove', this.#onHover);
    this.#stopListening();
  }

  #lineAt(clientY: number): OrderLineSpec | null {
    const y = clientY - this.#host.getBoundingClientRect().top;
    let best: { spec: OrderLineSpec; distance: number } | null = null;
    for (const spec of this.#hooks.lines()) {
      const at = this.#series.priceToCoordinate(spec.price);
      if (at === null) continue;
      const distance = Math.abs(at - y);
      if (distance <= GRAB_DISTANCE_PX && (best === null || distance < best.distance)) best = { spec, distance };
    }
    return best?.spec ?? null;
  }

  readonly #onHover = (event: MouseEvent): void => {
    if (this.#drag !== null) return;
    this.#host.classList.toggle('chart-canvas--over-order', this.#lineAt(event.clientY) !== null);
  };

  readonly #onDown = (event: MouseEvent): void => {
    if (event.button !== 0) return;
    const spec = this.#lineAt(event.clientY);
    if (spec === null || spec.isUnconfirmed) return;
    event.preventDefault();
    event.stopPropagation();
    this.#drag = { id: spec.id, startY: event.clientY, isMoving: false, price: spec.price };
    window.addEventListener('mousemove', this.#onMove, { capture: true });
    window.addEventListener('mouseup', this.#onUp, { capture: true });
    window.addEventListener('keydown', this.#onKey, { capture: true });
  };

  readonly #onMove = (event: MouseEvent): void => {
    const drag = this.#drag;
    if (drag === null) return;
    event.stopPropagation();
    if (!drag.isMoving && Math.abs(event.clientY - drag.startY) < DRAG_THRESHOLD_PX) return;
    const y = event.clientY - this.#host.getBoundingClientRect().top;
    const price = this.#series.coordinateToPrice(y);
    if (price === null || !Number.isFinite(price) || price <= 0) return;
    drag.isMoving = true;
    drag.price = price;
    this.#host.classList.add('chart-canvas--dragging');
    this.#hooks.preview(drag.id, price);
  };

  readonly #onUp = (event: MouseEvent): void => {
    const drag = this.#drag;
    event.stopPropagation();
    this.#stopListening();
    if (drag === null || !drag.isMoving) return;
    this.#hooks.drop(drag.id, drag.price);
  };

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.#drag === null) return;
    event.stopPropagation();
    const { id } = this.#drag;
    this.#stopListening();
    this.#hooks.preview(id, null);
  };

  #stopListening(): void {
    this.#drag = null;
    this.#host.classList.remove('chart-canvas--dragging');
    window.removeEventListener('mousemove', this.#onMove, { capture: true });
    window.removeEventListener('mouseup', this.#onUp, { capture: true });
    window.removeEventListener('keydown', this.#onKey, { capture: true });
  }
}
