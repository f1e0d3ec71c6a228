import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { parseEntryBody } from '../mdx/parse-entry-body.ts';
import type { CollectionName, TextCollection } from '../content-model.ts';
import type { Lang } from '../i18n/locales.ts';
import { checkEntryText, type EntryTextResult } from './check-entry-text.ts';

/** One entry or newsletter file to check on its own. */
export interface TextJob {
  path: string;
  /** The path shown in messages. */
  file: string;
  collection: CollectionName;
  attachments: ReadonlySet<string>;
  today: string;
  /** The build's check: also render the body, from the tree checked, for the content loader (check-and-render.ts). */
  render?: { slug: string; lang: Lang };
}

/** What the main thread sends a worker: texts to check from `start` on, or nothing more to do. */
export type WorkerTask = { start: number; jobs: TextJob[] } | { done: true };
/** What a worker sends back. */
export interface WorkerAnswer {
  start: number;
  results: EntryTextResult[];
}

/** Below this many files, starting a worker costs more than it saves. */
const filesPerWorker = 500;
/** Texts handed out at a time: small enough that the threads finish together, large enough to be cheap to send. */
const chunkSize = 200;

/**
 * Checks every text file, spread over the machine's cores. The texts are handed out in chunks,
 * to worker threads as each asks for more, and to the main thread once `meanwhile` (other work of
 * the check, such as reading the files beside entries) is done, so that no core waits while
 * another still has work. Results come back in the order of `jobs`. Where a worker cannot start
 * (a bundled environment without the source files), the main thread checks what is left.
 */
export async function checkTexts(jobs: TextJob[], meanwhile: () => Promise<void> = async () => {}) {
  await loadRenderer(jobs);
  const results: EntryTextResult[] = new Array<EntryTextResult>(jobs.length);
  let next = 0;
  const take = () => {
    const start = next;
    next = Math.min(jobs.length, next + chunkSize);
    return { start, jobs: jobs.slice(start, next) };
  };
  const workers = Math.min(availableParallelism(), 4, Math.ceil(jobs.length / filesPerWorker)) - 1;
  const helping = Array.from({ length: Math.max(0, workers) }, () => inWorker(take, results));
  await meanwhile();
  while (next < jobs.length) {
    const { start, jobs: chunk } = take();
    chunk.forEach((job, index) => (results[start + index] = checkText(job)));
    // Lets the workers' requests for more through.
    await yieldToEvents();
  }
  // A worker that failed to start or stopped leaves its chunk unchecked: the main thread checks it.
  const lost = (await Promise.all(helping)).flat();
  for (const { start, jobs: chunk } of lost) chunk.forEach((job, index) => (results[start + index] = checkText(job)));
  return results;
}

let renderer: typeof import('./check-and-render.ts').checkAndRenderText | undefined;

/**
 * Loads the renderer, for the build's check (`render` jobs): a contributor's `npm run check` starts
 * without the HTML pipeline (a fifth of its start-up).
 */
export async function loadRenderer(jobs: readonly TextJob[]): Promise<void> {
  if (jobs.some((job) => job.render)) renderer ??= (await import('./check-and-render.ts')).checkAndRenderText;
}

export function checkText(job: TextJob): EntryTextResult {
  const text = readFileSync(job.path, 'utf8');
  if (job.render) {
    if (!renderer) throw new Error('checkText: loadRenderer was not awaited before a render job');
    return renderer({ ...job, ...job.render, collection: job.collection as TextCollection, text });
  }
  return checkEntryText({ ...job, text, parseBody: parseEntryBody });
}

/**
 * Runs a worker thread until no texts are left, two chunks ahead so that it never waits for the
 * main thread; resolves with the chunks it was given and did not finish (none, unless it failed).
 */
function inWorker(
  take: () => { start: number; jobs: TextJob[] },
  results: EntryTextResult[],
): Promise<{ start: number; jobs: TextJob[] }[]> {
  return new Promise((resolve) => {
    const pending = new Map<number, TextJob[]>();
    const worker = new Worker(new URL('./check-texts-worker.ts', import.meta.url));
    const send = () => {
      const task = take();
      if (task.jobs.length > 0) {
        pending.set(task.start, task.jobs);
        worker.postMessage(task satisfies WorkerTask);
      } else if (pending.size === 0) worker.postMessage({ done: true } satisfies WorkerTask);
    };
    worker.on('message', ({ start, results: checked }: WorkerAnswer) => {
      checked.forEach((result, index) => (results[start + index] = result));
      pending.delete(start);
      send();
    });
    const unfinished = () => resolve([...pending].map(([start, jobs]) => ({ start, jobs })));
    worker.once('error', unfinished);
    worker.once('exit', unfinished);
    send();
    send();
  });
}
