import fs from 'node:fs';
import path from 'node:path';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What the figure does and does not include; kept in results.json beside the value. */
  readonly note?: string;
}

export const RESULTS_FILE = path.resolve(import.meta.dirname, '..', 'results.json');

/**
 * Every benchmark adds its figures to one file, replacing its own earlier figures by name and
 * keeping everyone else's, so the file is the whole baseline later work is held to.
 */
export function recordFigures(figures: readonly Figure[]): void {
  const previous: Figure[] = fs.existsSync(RESULTS_FILE) ? (JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as Figure[]) : [];
  const byName = new Map(previous.map((figure) => [figure.name, figure]));
  for (const figure of figures) byName.set(figure.name, figure);
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify([...byName.values()], null, 2)}\n`);
}

export function printFigure(figure: Figure): void {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(2);
  console.log(`  ${figure.name.padEnd(70)} ${value.padStart(12)} ${figure.unit}`);
  if (figure.note !== undefined) console.log(`    ${figure.note}`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Nearest rank: the smallest value at or below which `percent` of the values lie. */
export function percentile(values: readonly number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((percent / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}
