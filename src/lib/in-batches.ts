/**
 * Runs `work` on every item, at most `size` at a time, handing the items out in order; resolves
 * when all are done. For work that waits on files or on libuv's threads (sharp, zlib), where
 * one at a time leaves the core idle and all at once opens thousands of files.
 */
export async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
