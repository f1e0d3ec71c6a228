import { parentPort, workerData } from 'node:worker_threads';
import { checkText, type TextJob } from './check-texts.ts';

// A worker thread of checkTexts (check-texts.ts): checks its share of the text files.
parentPort?.postMessage((workerData as TextJob[]).map(checkText));
