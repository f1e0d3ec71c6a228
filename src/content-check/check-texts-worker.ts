import { parentPort } from 'node:worker_threads';
import { checkText, loadRenderer, type WorkerAnswer, type WorkerTask } from './check-texts.ts';

// A worker thread of checkTexts (check-texts.ts): checks the chunks of texts it is sent, until told it is done.
parentPort?.on('message', (task: WorkerTask) => void answer(task));

async function answer(task: WorkerTask) {
  if ('done' in task) {
    parentPort?.close();
    return;
  }
  await loadRenderer(task.jobs);
  parentPort?.postMessage({ start: task.start, results: task.jobs.map(checkText) } satisfies WorkerAnswer);
}
