import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Usage: npm run test:html [-- --dir dist]

Validates every built HTML page with the Nu HTML Checker (vnu-jar, needs Java) and prints each
error as <file>:<line>:<column>: <message>. Exits with 1 when there is any error.`;

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const dir = values.dir;
if (!existsSync(dir)) {
  console.error(`${dir}/ does not exist; run npm run build first.`);
  process.exit(1);
}
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  // Email files (dist/newsletters/) use Outlook's markup on purpose; tests/e2e/newsletter-output checks them.
  .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind') && !path.startsWith('newsletters'))
  .map((path) => join(dir, path));

const vnu = createRequire(import.meta.url).resolve('vnu-jar');
const jar = join(vnu, '..', 'build', 'dist', 'vnu.jar');
const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...pages], {
  encoding: 'utf8',
});
if (result.error || result.status !== 0) {
  console.error(`Could not run the Nu HTML Checker (java -jar ${jar}): ${result.error?.message ?? result.stderr}`);
  process.exit(1);
}
const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as {
  messages: { type: string; url: string; lastLine?: number; firstColumn?: number; message: string }[];
};
const errors = messages.filter((message) => message.type === 'error');
for (const error of errors) {
  const file = relative(process.cwd(), new URL(error.url).pathname);
  console.error(`${file}:${error.lastLine ?? 0}:${error.firstColumn ?? 0}: ${error.message}`);
}
if (errors.length > 0) {
  console.error(`\n${errors.length} HTML error(s) in ${pages.length} pages.`);
  process.exitCode = 1;
} else {
  console.log(`HTML valid: ${pages.length} pages checked with the Nu HTML Checker.`);
}
