import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Usage: node scripts/serve-dist.ts [--port 4321] [--dir dist]

Serves a built site on 127.0.0.1, as a static host would: folders answer with their index.html,
unknown paths with the 404 page of their language. Unlike \`astro preview\` it fails when the
port is taken instead of moving to another one, so tests always reach the server they started.`;

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const root = resolve(values.dir);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.eml': 'message/rfc822',
  '.wasm': 'application/wasm',
};

function fileFor(urlPath: string): string | undefined {
  const path = join(root, normalize(decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let file = fileFor(pathname);
  let status = 200;
  if (!file) {
    status = 404;
    const lang = /^\/(nl|uk|en)\//.exec(pathname)?.[1] ?? 'nl';
    file = fileFor(`/${lang}/404/`) ?? fileFor('/404.html');
  } else if (!pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('.html')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${values.port} is taken; stop the other server or pass --port.` : error.message);
  process.exit(1);
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${values.port}/`);
});
