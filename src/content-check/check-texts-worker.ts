import { parentPort } from 'node:worker_threads';
import { checkText, type WorkerAnswer, type WorkerTask } from './check-texts.ts';

// A worker thread of checkTexts (check-texts.ts): checks the chunks of texts it is sent, until told it is done.
parentPort?.on('message', (task: WorkerTask) => {
  if ('done' in task) {
    parentPort?.close();
    return;
  }
  parentPort?.postMessage({ start: task.start, results: task.jobs.map(checkText) } satisfies WorkerAnswer);
});
