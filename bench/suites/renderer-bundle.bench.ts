import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { type Figure } from '../lib/results';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ASSETS = path.join(ROOT, 'out', 'renderer', 'assets');

interface Sizes {
  raw: number;
  gzip: number;
}

function sizesOf(files: readonly string[]): Sizes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = fs.readFileSync(file);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

function filesIn(dir: string, extension: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name));
}

/**
 * The peer: the smallest React page there is (one component, createRoot), built by the same
 * Vite and plugin with the same minifier in this run. The gap to it is what Tradewind's own
 * code and libraries cost.
 */
async function minimalReactBundle(): Promise<Sizes> {
  const dir = fs.mkdtempSync(path.join(ROOT, 'bench', 'tmp-react-peer-'));
  try {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>');
    fs.writeFileSync(
      path.join(dir, 'main.tsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>peer</h1>);\n",
    );
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir: path.join(dir, 'out'), minify: true },
    });
    return sizesOf(filesIn(path.join(dir, 'out', 'assets'), '.js'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchRendererBundle(): Promise<Figure[]> {
  const js = sizesOf(filesIn(ASSETS, '.js'));
  const css = sizesOf(filesIn(ASSETS, '.css'));
  const peer = await minimalReactBundle();
  const kib = (bytes: number): number => bytes / 1024;
  return [
    { name: 'renderer bundle JS raw', value: kib(js.raw), unit: 'KiB' },
    { name: 'renderer bundle JS gzip', value: kib(js.gzip), unit: 'KiB' },
    { name: 'renderer bundle CSS raw', value: kib(css.raw), unit: 'KiB' },
    { name: 'renderer bundle CSS gzip', value: kib(css.gzip), unit: 'KiB' },
    { name: 'peer: minimal React page JS gzip (same Vite build)', value: kib(peer.gzip), unit: 'KiB' },
    { name: 'renderer bundle JS gzip / minimal React page', value: js.gzip / peer.gzip, unit: 'x' },
  ];
}
