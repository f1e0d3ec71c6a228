import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Runs a Node script of the project with the Node that runs the tests (in `cwd`), and returns its output. */
export function runNode(args: string[], env: Record<string, string> = {}, cwd?: string) {
  // Vitest sets NODE_ENV=test and Vite's BASE_URL, MODE, DEV, PROD and SSR; the scripts must behave
  // as they do for a contributor (an Astro build would take BASE_URL=/ for its `paths`).
  const { NODE_ENV: _, BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...inherited, ...env } });
  // CI may force colours (FORCE_COLOR); the tests read the words a contributor reads.
  const stdout = stripVTControlCharacters(result.stdout);
  const stderr = stripVTControlCharacters(result.stderr);
  return { status: result.status, stdout, stderr, output: stdout + stderr };
}

/** A throwaway copy of a fixture tree, with extra files written on top. */
export function fixtureCopy(fixture: string, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  const content = join(root, 'content');
  cpSync(join('tests/fixtures', fixture), content, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return root;
}

/**
 * Throwaway copies of the valid fixture for tests that change content; call cleanup() after each.
 * @example const trees = fixtureTrees(); afterEach(trees.cleanup); const content = trees.next();
 */
export function fixtureTrees() {
  const roots: string[] = [];
  return {
    /** A fresh copy; returns its content folder. */
    next(): string {
      const root = fixtureCopy('valid');
      roots.push(root);
      return join(root, 'content');
    },
    cleanup(): void {
      roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
    },
  };
}
