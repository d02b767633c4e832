import path from 'node:path';
import { type Browser } from '@playwright/test';
import { CHROMIUM_MISSING, hasChromium, launchChromium } from '../lib/chromium';
import { readYearLines } from '../lib/kline-inputs';
import { median, type Figure } from '../lib/results';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const LIBRARY = path.join(ROOT, 'node_modules', 'lightweight-charts', 'dist', 'lightweight-charts.standalone.production.js');
const PAGE_SCRIPT = path.join(import.meta.dirname, 'chart-paint-page.js');
const PAGE = '<!doctype html><html><body style="margin:0"><div id="chart" style="width:1440px;height:700px"></div></body></html>';
const SIZES = [1_000, 10_000, 100_000] as const;
/** Timed runs per size, after one untimed run of each. */
const RUNS = 5;

type Size = (typeof SIZES)[number];

interface Columns {
  readonly time: number[];
  readonly open: number[];
  readonly high: number[];
  readonly low: number[];
  readonly close: number[];
  readonly volume: number[];
}

interface Painted {
  readonly total: number;
  readonly setData: number;
  readonly drawnPixels: number;
}

/** What chart-paint-page.js puts on the page. */
interface BenchPage {
  readonly tradewindBench: {
    load(columns: Columns): number;
    paint(): Promise<Painted>;
    idleFrames(): Promise<number>;
  };
}

/** The newest `bars` rows of the 2024 file as the store hands them out: columns, times in ms. */
function newestColumns(bars: number): Columns {
  const rows = readYearLines().rows.slice(-bars);
  const columns: Columns = { time: [], open: [], high: [], low: [], close: [], volume: [] };
  for (const row of rows) {
    const [time, open, high, low, close, volume] = row.split(',').map(Number);
    columns.time.push(time ?? NaN);
    columns.open.push(open ?? NaN);
    columns.high.push(high ?? NaN);
    columns.low.push(low ?? NaN);
    columns.close.push(close ?? NaN);
    columns.volume.push(volume ?? NaN);
  }
  return columns;
}

function take(columns: Columns, bars: number): Columns {
  const cut = (values: number[]): number[] => values.slice(-bars);
  return { time: cut(columns.time), open: cut(columns.open), high: cut(columns.high), low: cut(columns.low), close: cut(columns.close), volume: cut(columns.volume) };
}

/** A fresh page holding the library and `bars` bar objects, built before the clock starts. */
async function openChartPage(browser: Browser, columns: Columns | null): Promise<Awaited<ReturnType<Browser['newPage']>>> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.setContent(PAGE);
  await page.addScriptTag({ path: LIBRARY });
  await page.addScriptTag({ path: PAGE_SCRIPT });
  if (columns !== null) {
    // As one JSON string: Playwright's own serialisation of 600k numbers takes seconds.
    const loaded = await page.evaluate((json) => (globalThis as unknown as BenchPage).tradewindBench.load(JSON.parse(json) as Columns), JSON.stringify(columns));
    if (loaded !== columns.time.length) throw new Error(`the page built ${loaded} bars, expected ${columns.time.length}`);
  }
  return page;
}

async function paintOnce(browser: Browser, columns: Columns): Promise<Painted> {
  const page = await openChartPage(browser, columns);
  try {
    const painted = await page.evaluate(() => (globalThis as unknown as BenchPage).tradewindBench.paint());
    if (painted.drawnPixels === 0) throw new Error(`the chart of ${columns.time.length} bars drew no candle`);
    return painted;
  } finally {
    await page.close();
  }
}

async function idleOnce(browser: Browser): Promise<number> {
  const page = await openChartPage(browser, null);
  try {
    return await page.evaluate(() => (globalThis as unknown as BenchPage).tradewindBench.idleFrames());
  } finally {
    await page.close();
  }
}

/**
 * First paint of the app's chart (candles + volume, lightweight-charts 5, 1440 × 700) in
 * Debian's Chromium, headless, from createChart to the frame after setData. Each run is a
 * fresh page; the sizes take turns so a busy moment lands on all of them. The peer is the same
 * page with 1k bars: what a chart costs before the number of bars matters.
 */
export async function benchChartPaint(): Promise<Figure[]> {
  if (!hasChromium()) {
    console.log(`  ${CHROMIUM_MISSING}`);
    return [];
  }
  const all = newestColumns(Math.max(...SIZES));
  const inputs = new Map<Size, Columns>(SIZES.map((size) => [size, take(all, size)]));
  const browser = await launchChromium();
  try {
    const totals = new Map<Size, number[]>(SIZES.map((size) => [size, []]));
    const setData = new Map<Size, number[]>(SIZES.map((size) => [size, []]));
    const idle: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      for (const size of SIZES) {
        const painted = await paintOnce(browser, inputs.get(size) as Columns);
        if (run < 0) continue;
        totals.get(size)?.push(painted.total);
        setData.get(size)?.push(painted.setData);
      }
      const frames = await idleOnce(browser);
      if (run >= 0) idle.push(frames);
    }
    const total = (size: Size): number => median(totals.get(size) ?? []);
    const synchronous = (size: Size): number => median(setData.get(size) ?? []);
    const frameNote = 'From createChart to the second requestAnimationFrame after setData of candles and volume; the bar objects are built before the clock starts.';
    return [
      { name: 'chart first paint, 10k 1m bars, Chromium headless (median of 5)', value: total(10_000), unit: 'ms', note: frameNote },
      { name: 'chart createChart + setData, 10k bars, before the frame (median of 5)', value: synchronous(10_000), unit: 'ms', note: 'The synchronous part of the figure above.' },
      { name: 'peer: chart first paint, same page with 1k bars (median of 5)', value: total(1_000), unit: 'ms', note: 'Fixed cost of a chart (canvases, scales, one frame); fewer than 200 bars fit the width either way.' },
      { name: 'chart first paint 10k bars / 1k bars', value: total(10_000) / total(1_000), unit: 'x' },
      { name: 'chart first paint, 100k 1m bars, Chromium headless (median of 5)', value: total(100_000), unit: 'ms', note: frameNote },
      { name: 'chart createChart + setData, 100k bars, before the frame (median of 5)', value: synchronous(100_000), unit: 'ms' },
      { name: 'chart first paint 100k bars / 10k bars', value: total(100_000) / total(10_000), unit: 'x' },
      { name: 'reference: two animation frames on an empty page (median of 5)', value: median(idle), unit: 'ms', note: 'The frame wait alone, included in every first-paint figure.' },
    ];
  } finally {
    await browser.close();
  }
}
