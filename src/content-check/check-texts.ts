import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseEntryBody } from '../mdx/parse-entry-body.ts';
import type { CollectionName } from '../content-model.ts';
import { checkEntryText, type EntryTextResult } from './check-entry-text.ts';

/** One entry or newsletter file to check on its own. */
export interface TextJob {
  path: string;
  /** The path shown in messages. */
  file: string;
  collection: CollectionName;
  attachments: ReadonlySet<string>;
  today: string;
}

/** Below this many files, starting a worker costs more than it saves. */
const filesPerWorker = 500;

/**
 * Checks every text file, spread over the machine's cores: the main thread takes one share and
 * each worker thread another. Results come back in the order of `jobs`. Where a worker cannot
 * start (a bundled environment without the source files), the main thread checks everything.
 */
export async function checkTexts(jobs: TextJob[]): Promise<EntryTextResult[]> {
  const threads = Math.min(availableParallelism(), 4, Math.ceil(jobs.length / filesPerWorker));
  if (threads <= 1) return jobs.map(checkText);
  const size = Math.ceil(jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, index) => jobs.slice(index * size, (index + 1) * size));
  const [own = [], ...others] = shares;
  const pending = others.map((share) => inWorker(share).catch(() => share.map(checkText)));
  const mine = own.map(checkText);
  return [...mine, ...(await Promise.all(pending)).flat()];
}

export function checkText(job: TextJob): EntryTextResult {
  const text = readFileSync(job.path, 'utf8');
  return checkEntryText({ ...job, text, parseBody: parseEntryBody });
}

function inWorker(share: TextJob[]): Promise<EntryTextResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-texts-worker.ts', import.meta.url), { workerData: share });
    worker.once('message', (results: EntryTextResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check's worker stopped with code ${code}`)));
  });
}
