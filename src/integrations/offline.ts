import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langs } from '../i18n/locales.ts';

/**
 * Reading without a connection: writes the service worker (/sw.js, from service-worker.js beside
 * this file) into the build. Its version is a hash of the site's pages, styles and scripts, so every
 * deploy that changes the site brings a new service worker, which replaces the stored offline pages
 * and icons at once (pages themselves come from the network first; see service-worker.js).
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const { version, shell } = writeServiceWorker(fileURLToPath(dir), base);
        logger.info(`sw.js ${version}: ${shell.length} files stored at install`);
      },
    },
  };
}

const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');

/** Files of the built site, relative and sorted, for which `keep` is true. */
function filesOf(root: string, keep: (file: string) => boolean): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter(keep)
    .sort();
}

export function writeServiceWorker(outDir: string, base: string): { version: string; shell: string[] } {
  // Pagefind's index is written after the build and never stored by the service worker.
  const hash = createHash('sha256').update(template);
  for (const file of filesOf(
    outDir,
    (file) =>
      /\.(html|css|js|webmanifest)$/.test(file) && !/^(pagefind|files|newsletters)\//.test(file) && file !== 'sw.js',
  )) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(outDir, file)))
      .update('\0');
  }
  const version = hash.digest('hex').slice(0, 12);

  // Stored at install: the offline page of each language with its styles and scripts, the icons
  // and the manifests, so an unvisited page can always be answered in the reader's language; and
  // the search page, which offline says that searching needs a connection and leads to the
  // offline page's list of the pages kept on the device.
  const shell = new Set<string>(['favicon.svg', 'favicon.ico', 'icon-192.png']);
  for (const lang of langs) {
    shell.add(`${lang}/manifest.webmanifest`);
    for (const page of ['offline', 'search']) {
      shell.add(`${lang}/${page}/`);
      const html = readFileSync(join(outDir, lang, page, 'index.html'), 'utf8');
      for (const [, url] of html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src)="([^"]+)"/g)) {
        if (url!.startsWith(base)) addWithImports(outDir, url!.slice(base.length), shell);
      }
    }
  }
  const config = { version, base, langs, shell: [...shell].map((file) => `${base}${file}`) };
  writeFileSync(join(outDir, 'sw.js'), `const CONFIG = ${JSON.stringify(config)};\n${template}`);
  return { version, shell: config.shell };
}

/** Adds a file of the build and, for a script, the scripts it imports (Vite's shared chunks) to `files`. */
function addWithImports(outDir: string, file: string, files: Set<string>): void {
  if (files.has(file)) return;
  files.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(join(outDir, file), 'utf8');
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  for (const [, imported] of code.matchAll(/\bimport\s*(?:[^'"();]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g))
    addWithImports(outDir, folder + imported!.slice(2), files);
}
