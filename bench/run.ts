/**
 * `npm run bench`: prints every figure beside a peer measured on this machine in this run, and
 * merges them into bench/results.json. Nothing here asserts; figures are for people to compare.
 *
 * `npx tsx bench/run.ts --only market` runs the suites of one group (or several, comma
 * separated), or those whose title contains the word. Only the `build` and `history` groups
 * read electron-vite's output, so only they need `electron-vite build` first.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { printFigure, recordFigures, RESULTS_FILE, type Figure } from './lib/results';
import { benchBacktest } from './suites/backtest.bench';
import { benchBacktestPeers } from './suites/backtest-peers.bench';
import { benchCandleGrowth } from './suites/candle-growth.bench';
import { benchCandleImport } from './suites/candle-import.bench';
import { benchCandleRead } from './suites/candle-read.bench';
import { benchDeployments } from './suites/deployments.bench';
import { benchChartPaint } from './suites/chart-paint.bench';
import { benchOrderHistory } from './suites/order-history.bench';
import { benchClickToJournal } from './suites/click-to-journal.bench';
import { benchOrderJournal } from './suites/order-journal.bench';
import { benchReconcile } from './suites/reconcile.bench';
import { benchRendererBundle } from './suites/renderer-bundle.bench';
import { benchWebShell } from './suites/web-shell.bench';

interface Suite {
  readonly title: string;
  /** What `--only` selects by: build (reads out/), history (reads out/), orders, market, backtest, deployments. */
  readonly group: string;
  readonly run: () => Figure[] | Promise<Figure[]>;
}

const suites: Suite[] = [
  { title: 'Renderer bundle', group: 'build', run: benchRendererBundle },
  { title: 'Web shell', group: 'build', run: benchWebShell },
  { title: 'Order journal and gate', group: 'orders', run: benchOrderJournal },
  { title: 'Reconciliation', group: 'orders', run: benchReconcile },
  { title: 'Order history in Chromium', group: 'history', run: benchOrderHistory },
  { title: 'Click to journal in Chromium', group: 'history', run: benchClickToJournal },
  { title: 'Candle import', group: 'market', run: benchCandleImport },
  { title: 'Candle reads for the chart', group: 'market', run: benchCandleRead },
  { title: 'Chart first paint in Chromium', group: 'market', run: benchChartPaint },
  { title: 'Candle store growth', group: 'market', run: benchCandleGrowth },
  { title: 'Backtest engine', group: 'backtest', run: benchBacktest },
  { title: 'Backtest engine beside npm libraries', group: 'backtest', run: benchBacktestPeers },
  { title: 'Deployments: candle close to order sent, and CPU', group: 'deployments', run: benchDeployments },
];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const wanted = values.only?.toLowerCase().split(',').map((word) => word.trim()).filter((word) => word !== '');
const chosen = wanted === undefined ? suites : suites.filter((suite) => wanted.some((word) => suite.group === word || suite.title.toLowerCase().includes(word)));
if (chosen.length === 0) throw new Error(`--only ${values.only ?? ''} matches no suite; groups: ${[...new Set(suites.map((suite) => suite.group))].join(', ')}`);

console.log(`Tradewind benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.versions.node}`);
const all: Figure[] = [];
for (const { title, run } of chosen) {
  console.log(`\n${title}`);
  const started = performance.now();
  const figures: Figure[] = await run();
  for (const figure of figures) {
    printFigure(figure);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  all.push(...figures);
}
recordFigures(all);
console.log(`\nWrote ${all.length} figures to ${RESULTS_FILE}`);
