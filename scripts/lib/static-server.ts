import { preview } from 'astro';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A free port on 127.0.0.1, asked from the operating system. */
export async function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serves a built site with Astro's preview server, as a static host would (the site's 404.html
 * for unknown addresses), on `port` or a free one; it fails rather than move to another port.
 */
export async function serveDist(
  dir: string,
  port?: number,
): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const chosen = port ?? (await freePort());
  const server = await preview({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    outDir: resolve(dir),
    server: { port: chosen, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { url: `http://127.0.0.1:${chosen}`, port: chosen, stop: () => server.stop() };
}
