import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Figure } from '../lib/results';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ASSETS = path.join(ROOT, 'out', 'renderer', 'assets');

/** React's own production runtime: the floor any React renderer bundle stands on. */
const REACT_RUNTIME = [
  'node_modules/react/cjs/react.production.js',
  'node_modules/react/cjs/react-jsx-runtime.production.js',
  'node_modules/react-dom/cjs/react-dom.production.js',
  'node_modules/react-dom/cjs/react-dom-client.production.js',
  'node_modules/scheduler/cjs/scheduler.production.js',
];

function sizes(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = fs.readFileSync(file);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function benchRendererBundle(): Figure[] {
  const assets = fs.readdirSync(ASSETS).map((name) => path.join(ASSETS, name));
  const js = sizes(assets.filter((file) => file.endsWith('.js')));
  const css = sizes(assets.filter((file) => file.endsWith('.css')));
  const react = sizes(REACT_RUNTIME.map((file) => path.join(ROOT, file)));
  const kib = (bytes: number): number => bytes / 1024;
  return [
    { name: 'renderer bundle JS raw', value: kib(js.raw), unit: 'KiB' },
    { name: 'renderer bundle JS gzip', value: kib(js.gzip), unit: 'KiB' },
    { name: 'renderer bundle CSS raw', value: kib(css.raw), unit: 'KiB' },
    { name: 'renderer bundle CSS gzip', value: kib(css.gzip), unit: 'KiB' },
    { name: 'peer: React + ReactDOM production runtime gzip', value: kib(react.gzip), unit: 'KiB' },
    { name: 'renderer bundle JS gzip / React runtime gzip', value: js.gzip / react.gzip, unit: 'x' },
  ];
}
