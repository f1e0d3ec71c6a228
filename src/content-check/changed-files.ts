import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The branches a pull request is usually compared with, in this order, when no base is given. */
const defaultBases = ['origin/main', 'main'];

export type ChangedFiles = { paths: string[]; base: string } | { error: string };

/**
 * The files under `root` that differ from where the current branch left `base` (their merge base):
 * committed, staged, unstaged and untracked, including the ones deleted or renamed away, as
 * absolute paths. Asks git; an answer it cannot give is one line that says what to do.
 */
export function changedFiles(root: string, base?: string): ChangedFiles {
  const dir = resolve(root);
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return result.status === 0 ? result.stdout : undefined;
  };
  if (git('rev-parse', '--is-inside-work-tree')?.trim() !== 'true') {
    return { error: `--changed needs git, and ${root} is not in a git repository; name the files to check instead` };
  }
  const candidates = base === undefined ? defaultBases : [base];
  const found = candidates.find((ref) => git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`) !== undefined);
  if (found === undefined) {
    return {
      error: `--changed compares with ${candidates.join(' or ')}, which git does not know here; fetch it, or give another branch or commit with --base`,
    };
  }
  const mergeBase = git('merge-base', found, 'HEAD')?.trim();
  if (!mergeBase) {
    return {
      error: `--changed found no common commit of ${found} and this branch; fetch more history, or give --base`,
    };
  }
  // Paths relative to `root` (--relative), NUL-separated so that no name is quoted or split.
  const differ = git('diff', '--name-only', '-z', '--no-renames', '--relative', mergeBase, '--', '.');
  const untracked = git('ls-files', '-z', '--others', '--exclude-standard', '--', '.');
  if (differ === undefined || untracked === undefined) return { error: `git could not compare ${root} with ${found}` };
  const names = [...differ.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return { paths: [...new Set(names)].map((name) => join(dir, name)), base: found };
}
