import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveDist } from './scripts/lib/static-server.ts';
import { findChromium } from './tests/e2e/browser.ts';
const [dir, ...paths] = process.argv.slice(2);
const server = await serveDist(dir!);
try {
  for (const p of paths) {
    const out = `/work/scratch/lh-${p.replace(/[^a-z0-9]+/gi, '_')}.json`;
    await promisify(execFile)(process.execPath, ['/tmp/h5-lh/node_modules/lighthouse/cli/index.js', server.url + p,
      '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu'], { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 1 << 26 });
    console.log(out);
  }
} finally { await server.stop(); }
