/**
 * What blocks the main thread, from a Chromium trace (Playwright's browser.startTracing with
 * `traceCategories`): each long task (a top-level task of the page's renderer main thread over
 * 50 ms) with the time its events took themselves (script evaluation per file, compilation,
 * WebAssembly, style, layout, garbage collection…), and the JavaScript functions that ran in the long
 * tasks, from the V8 sampling profiler the trace carries (self time and time including callees).
 */
export const traceCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'v8.wasm',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

export interface TaskBreakdown {
  /** Milliseconds since the page's navigation start. */
  start: number;
  duration: number;
  /** Milliseconds each kind of work took itself (children excluded), largest first. */
  self: [string, number][];
  /** The JavaScript functions sampled in this task: self time, largest first (ms). */
  functions: [string, number][];
}

export interface ProfileSummary {
  /** The page's user timing marks (ms since its navigation start), e.g. kb:search-results. */
  marks: [string, number][];
  longTasks: TaskBreakdown[];
  /** Over all long tasks: the kinds of work, largest first. */
  selfTotal: [string, number][];
  /** JavaScript functions sampled inside long tasks: self time, largest first (ms). */
  functionsSelf: [string, number][];
  /** …and time including what they called (ms). */
  functionsTotal: [string, number][];
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const shortUrl = (url: unknown) => (typeof url === 'string' && url ? url.replace(/^https?:\/\/[^/]+/u, '') : '');

/** A name for an event: the event and, for script work, the file or function it ran. */
function describe(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
    case 'ParseHTML':
      return `${event.name} ${shortUrl(data['url'] ?? event.args?.['fileName'] ?? '')}`.trim();
    case 'FunctionCall':
      return `FunctionCall ${text(data['functionName']) || '(anonymous)'} ${shortUrl(data['url'])}`.trim();
    case 'TimerFire':
    case 'EventDispatch':
      return `${event.name} ${text(data['type'])}`.trim();
    default:
      return event.name;
  }
}

/** Reads a trace (the JSON Playwright's stopTracing returns) and summarises the page's long tasks. */
export function summariseTrace(json: string, threshold = 50): ProfileSummary {
  const parsed = JSON.parse(json) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const isTask = (e: TraceEvent) =>
    e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined;
  const busy = new Map<string, number>();
  for (const e of events)
    if (isTask(e) && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur!);
  // The page's main thread: where its navigation to a web address started (the browser's own
  // WebUI pages run in renderers too); else the busiest renderer main thread.
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && /^https?:/u.test(text(e.args?.data?.['documentLoaderURL'])),
  );
  const main = navigation ? `${navigation.pid}:${navigation.tid}` : [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const empty = { marks: [], longTasks: [], selfTotal: [], functionsSelf: [], functionsTotal: [] };
  if (!main) return empty;
  const onMain = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const timing = events.filter((e) => `${e.pid}:${e.tid}` === main && e.cat.includes('blink.user_timing'));
  // The navigation to the page's address (not the tab's about:blank, nor a frame's).
  const origin =
    timing
      .filter((e) => e.name === 'navigationStart' && /^https?:/u.test(text(e.args?.data?.['documentLoaderURL'])))
      .at(-1)?.ts ??
    onMain[0]?.ts ??
    0;
  const builtIn = /^(navigationStart|fetchStart|responseEnd|unloadEvent|commitNavigationEnd|dom[A-Z]|loadEvent)/u;
  const marks = timing
    .filter((e) => e.ts >= origin && !builtIn.test(e.name))
    .map((e): [string, number] => [e.name, (e.ts - origin) / 1000]);

  // Top-level tasks (not nested in another) over the threshold.
  const tasks: TraceEvent[] = [];
  let until = -Infinity;
  for (const e of onMain)
    if (isTask(e) && e.ts >= until) {
      until = e.ts + e.dur!;
      if (e.dur! / 1000 > threshold) tasks.push(e);
    }

  const { functionsSelf, functionsTotal, perTask } = sampledFunctions(events, main, tasks);
  const selfTotal = new Map<string, number>();
  const longTasks: TaskBreakdown[] = tasks.map((task, index) => {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const self = new Map<string, number>();
    // Self time: each event's duration less its direct children's (events nest on one thread).
    const stack: { event: TraceEvent; children: number }[] = [{ event: task, children: 0 }];
    const close = (upTo: number) => {
      while (stack.length > 1 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= upTo) {
        const { event, children } = stack.pop()!;
        const key =
          event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask' ? '(task)' : describe(event);
        self.set(key, (self.get(key) ?? 0) + (event.dur! - children) / 1000);
        stack.at(-1)!.children += event.dur!;
      }
    };
    for (const e of inside) {
      close(e.ts);
      stack.push({ event: e, children: 0 });
    }
    close(Infinity);
    const own = (task.dur! - stack[0]!.children) / 1000;
    self.set('(task itself, no traced event)', (self.get('(task itself, no traced event)') ?? 0) + own);
    for (const [key, ms] of self) selfTotal.set(key, (selfTotal.get(key) ?? 0) + ms);
    return {
      start: (task.ts - origin) / 1000,
      duration: task.dur! / 1000,
      self: [...self].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1),
      functions: perTask[index] ?? [],
    };
  });

  return {
    marks,
    longTasks,
    selfTotal: [...selfTotal].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1),
    functionsSelf,
    functionsTotal,
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** JavaScript functions in the V8 samples of the main thread that fall inside the long tasks. */
function sampledFunctions(events: TraceEvent[], main: string, tasks: TraceEvent[]) {
  const [pid, tid] = main.split(':').map(Number);
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const none = {
    functionsSelf: [] as [string, number][],
    functionsTotal: [] as [string, number][],
    perTask: [] as [string, number][][],
  };
  if (!profile) return none;
  const nodes = new Map<number, ProfileNode>();
  let time = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  const samples: { ts: number; node: number }[] = [];
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === pid)) {
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      time += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: time, node: id });
    });
  }
  const taskOf = (ts: number) => tasks.findIndex((task) => ts >= task.ts && ts < task.ts + task.dur!);
  // Line and column: the bundles are minified, a function is found by its column.
  const name = (node: ProfileNode) => {
    const frame = node.callFrame as ProfileNode['callFrame'] & { columnNumber?: number };
    const file = shortUrl(frame.url);
    const at = file ? ` ${file}:${frame.lineNumber + 1}:${(frame.columnNumber ?? -1) + 1}` : '';
    return `${frame.functionName || '(anonymous)'}${at}`;
  };
  const perTaskMaps = tasks.map(() => new Map<string, number>());
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  samples.sort((a, b) => a.ts - b.ts);
  samples.forEach((sample, i) => {
    const task = taskOf(sample.ts);
    if (task < 0) return;
    const next = samples[i + 1];
    const ms = next ? Math.min(next.ts - sample.ts, 10_000) / 1000 : 0;
    let node = nodes.get(sample.node);
    if (!node) return;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    perTaskMaps[task]!.set(name(node), (perTaskMaps[task]!.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    while (node) {
      const key = name(node);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms);
      seen.add(key);
      node = node.parent === undefined ? undefined : nodes.get(node.parent);
    }
  });
  const top = (map: Map<string, number>, count = 25) =>
    [...map]
      .filter(([key]) => !['(root)', '(program)', '(idle)'].includes(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
  return {
    functionsSelf: top(self),
    functionsTotal: top(total),
    perTask: perTaskMaps.map((map) => top(map, 40)),
  };
}

/** A kind of work (a trace event's name) in a few groups a reader can act on. */
function workGroup(kind: string): string {
  if (/^(Layout|UpdateLayoutTree|Paint|PrePaint|Commit|Layerize|HitTest|ParseAuthorStyleSheet)/u.test(kind))
    return 'style, layout, paint';
  if (/^(wasm\.|FlushInstructionCache)/u.test(kind)) return 'WebAssembly compilation';
  if (/^V8\.(Compile|ParseFunction|PreParse|Optimize|Maglev|Deopt)|^v8\.compile/u.test(kind))
    return 'JavaScript compilation';
  if (/GC|Scavenge/u.test(kind)) return 'garbage collection';
  if (kind.startsWith('ParseHTML')) return 'HTML parsing';
  if (
    /^(Receive mojo|CpuProfiler|LocalWindowProxy|V8\.Deserialize|InstallConditional|ContextCreated|CommitLoad)/u.test(
      kind,
    )
  )
    return 'navigation and set-up (with tracing)';
  return 'running JavaScript';
}

/** A sampled JavaScript function in a few groups: Pagefind's WebAssembly, its gunzip, its other code, the page's. */
function functionGroup(name: string): string {
  if (/wasm-function|js-to-wasm|wasm-to-js/u.test(name)) return 'Pagefind WebAssembly';
  if (/^(inflt|gunzipSync|hMap|bits16|bits|max|freb|shft|decompress) \/.*pagefind/u.test(name))
    return "Pagefind's gunzip in JavaScript";
  if (/pagefind/u.test(name)) return "Pagefind's other JavaScript";
  if (/\/_astro\/|\/search\//u.test(name)) return "the page's own script";
  if (name.startsWith('(garbage')) return 'garbage collection';
  return 'browser APIs called (fetch, DOM, Intl…)';
}

export interface PhaseSummary {
  phase: string;
  longTasks: number;
  /** Milliseconds in long tasks, and beyond 50 ms each. */
  duration: number;
  blocking: number;
  longest: number;
  work: [string, number][];
  javascript: [string, number][];
  functions: [string, number][];
}

/** The long tasks before and after a mark (e.g. kb:search-results), each side grouped by what it did. */
export function phases(summary: ProfileSummary, markName: string): PhaseSummary[] {
  const mark = summary.marks.find(([name]) => name === markName)?.[1] ?? Infinity;
  const sides: [string, (start: number) => boolean][] = [
    [`before ${markName}`, (start) => start >= 0 && start < mark],
    [`after ${markName}`, (start) => start >= mark],
  ];
  const sorted = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]): [string, number] => [key, Math.round(ms)]);
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  return sides.map(([phase, inside]) => {
    const tasks = summary.longTasks.filter((task) => inside(task.start));
    const work = new Map<string, number>();
    const javascript = new Map<string, number>();
    const functions = new Map<string, number>();
    for (const task of tasks) {
      for (const [kind, ms] of task.self) add(work, workGroup(kind), ms);
      for (const [name, ms] of task.functions) {
        add(javascript, functionGroup(name), ms);
        add(functions, name, ms);
      }
    }
    return {
      phase,
      longTasks: tasks.length,
      duration: Math.round(tasks.reduce((sum, task) => sum + task.duration, 0)),
      blocking: Math.round(tasks.reduce((sum, task) => sum + task.duration - 50, 0)),
      longest: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
      work: sorted(work, 8),
      javascript: sorted(javascript, 8),
      functions: sorted(functions, 8),
    };
  });
}
