/**
 * `npm run bench`: prints every figure beside a peer measured on this machine in this run, and
 * merges them into bench/results.json. Nothing here asserts; figures are for people to compare.
 */
import os from 'node:os';
import { printFigure, recordFigures, RESULTS_FILE, type Figure } from './lib/results';
import { benchOrderJournal } from './suites/order-journal.bench';
import { benchReconcile } from './suites/reconcile.bench';
import { benchRendererBundle } from './suites/renderer-bundle.bench';
import { benchWebShell } from './suites/web-shell.bench';

const suites: Array<[string, () => Figure[] | Promise<Figure[]>]> = [
  ['Renderer bundle', benchRendererBundle],
  ['Web shell', benchWebShell],
  ['Order journal and gate', benchOrderJournal],
  ['Reconciliation', benchReconcile],
];

console.log(`Tradewind benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.versions.node}`);
const all: Figure[] = [];
for (const [title, run] of suites) {
  console.log(`\n${title}`);
  const figures = await run();
  figures.forEach(printFigure);
  all.push(...figures);
}
recordFigures(all);
console.log(`\nWrote ${all.length} figures to ${RESULTS_FILE}`);
