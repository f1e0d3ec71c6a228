import { describe, expect, it } from 'vitest';
import { phases, summariseTrace } from '../../scripts/bench/main-thread-profile.ts';

// A tiny Chromium trace: one renderer main thread, the page's navigation at 1 s, a short task, a
// long task of 200 ms (150 ms of layout, 40 ms of a wasm function sampled) before the mark, and a
// long task of 100 ms after it that runs gunzip in Pagefind's JavaScript.
const ms = 1000;
const main = { pid: 1, tid: 7 };
const event = (name: string, ts: number, dur: number, args = {}) => ({
  ...main,
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  args,
});
const node = (id: number, functionName: string, url: string, parent?: number) => ({
  id,
  ...(parent === undefined ? {} : { parent }),
  callFrame: { functionName, url, lineNumber: 0, columnNumber: 9 },
});
const trace = {
  traceEvents: [
    { ...main, name: 'thread_name', ph: 'M', cat: '__metadata', ts: 0, args: { name: 'CrRendererMain' } },
    // The tab's about:blank, then the page.
    {
      ...main,
      name: 'navigationStart',
      cat: 'blink.user_timing',
      ph: 'R',
      ts: 500 * ms,
      args: { data: { documentLoaderURL: '' } },
    },
    {
      ...main,
      name: 'navigationStart',
      cat: 'blink.user_timing',
      ph: 'R',
      ts: 1000 * ms,
      args: { data: { documentLoaderURL: 'http://127.0.0.1/uk/search/?q=x' } },
    },
    // A busier renderer that is not the page (Chromium's own WebUI, e.g. the omnibox popup).
    { pid: 2, tid: 9, name: 'thread_name', ph: 'M', cat: '__metadata', ts: 0, args: { name: 'CrRendererMain' } },
    { ...event('RunTask', 1100 * ms, 900 * ms), pid: 2, tid: 9 },
    event('RunTask', 1100 * ms, 20 * ms),
    event('RunTask', 1200 * ms, 200 * ms),
    event('Layout', 1210 * ms, 150 * ms),
    event('FunctionCall', 1360 * ms, 40 * ms, {
      data: { functionName: 'search', url: 'http://127.0.0.1/pagefind/pagefind.js' },
    }),
    { ...main, name: 'kb:search-results', cat: 'blink.user_timing', ph: 'R', ts: 1500 * ms },
    event('RunTask', 1600 * ms, 100 * ms),
    {
      ...main,
      name: 'Profile',
      cat: 'disabled-by-default-v8.cpu_profiler',
      ph: 'P',
      id: '0x1',
      ts: 1000 * ms,
      args: { data: { startTime: 1000 * ms } },
    },
    {
      ...main,
      name: 'ProfileChunk',
      cat: 'disabled-by-default-v8.cpu_profiler',
      ph: 'P',
      id: '0x1',
      ts: 1700 * ms,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              node(1, '(root)', ''),
              node(2, 'search', 'http://127.0.0.1/pagefind/pagefind.js', 1),
              node(3, 'wasm-function[23]', 'wasm://wasm/0008871a', 2),
              node(4, 'inflt', 'http://127.0.0.1/pagefind/pagefind.js', 1),
            ],
            // Samples every 10 ms: 1360–1400 in the wasm function, 1600–1700 in inflt.
            samples: [3, 3, 3, 3, 1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1],
          },
          timeDeltas: [
            360 * ms,
            10 * ms,
            10 * ms,
            10 * ms,
            10 * ms,
            200 * ms,
            ...Array.from({ length: 10 }, () => 10 * ms),
          ],
        },
      },
    },
  ],
};

describe('the main-thread profile of the phone benchmark', () => {
  const summary = summariseTrace(JSON.stringify(trace));

  it('times long tasks of the page’s own main thread from its navigation (not the tab’s about:blank), short tasks left out', () => {
    expect(summary.marks).toEqual([['kb:search-results', 500]]);
    expect(summary.longTasks.map((task) => [task.start, task.duration])).toEqual([
      [200, 200],
      [600, 100],
    ]);
  });

  it('splits a long task by the time each kind of work took itself, and samples its functions', () => {
    const [first, second] = summary.longTasks;
    expect(Object.fromEntries(first!.self)).toMatchObject({
      Layout: 150,
      'FunctionCall search /pagefind/pagefind.js': 40,
      '(task itself, no traced event)': 10,
    });
    expect(first!.functions).toEqual([['wasm-function[23] wasm://wasm/0008871a:1:10', 40]]);
    expect(second!.functions).toEqual([['inflt /pagefind/pagefind.js:1:10', 100]]);
  });

  it('groups the long tasks before and after the first results by what they did', () => {
    const [before, after] = phases(summary, 'kb:search-results');
    expect(before).toMatchObject({ longTasks: 1, duration: 200, blocking: 150, longest: 200 });
    expect(Object.fromEntries(before!.work)).toMatchObject({ 'style, layout, paint': 150 });
    expect(before!.javascript).toEqual([['Pagefind WebAssembly', 40]]);
    expect(after).toMatchObject({ longTasks: 1, blocking: 50 });
    expect(after!.javascript).toEqual([["Pagefind's gunzip in JavaScript", 100]]);
  });
});
