import { createInterface } from 'node:readline';

/**
 * Asks questions on stdout and reads the answers line by line from stdin. Works the same for a
 * person at a terminal and for answers piped in (`printf 'practice\n…' | npm run new`).
 */
export function createPrompt(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
) {
  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
  return {
    async ask(question: string): Promise<string> {
      output.write(`${question} `);
      const next = await lines.next();
      if (next.done) throw new Error(`No answer to "${question.trim()}": the input ended.`);
      // Piped answers are not echoed; end the question's line so the next one starts on its own.
      if (!(input as { isTTY?: boolean }).isTTY) output.write('\n');
      return next.value.trim();
    },
    close() {
      void lines.return?.();
    },
  };
}
