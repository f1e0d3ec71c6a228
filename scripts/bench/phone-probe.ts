/**
 * What scripts/bench/search-phone.ts measures inside the page, installed before any of the page's
 * own scripts (Playwright's addInitScript, which the page's Content-Security-Policy does not block):
 * when the first result is in the DOM, when the page is done, and the long tasks and layout shifts
 * (buffered PerformanceObservers) up to then. Times are milliseconds since navigation start.
 */
export interface ProbeOptions {
  /** A CSS selector: the first element matching it is the first result. */
  first: string;
  /** A CSS selector that matches once the page has finished its search (results, facets…). */
  done: string;
  /** …and one that must then match nothing (placeholders still loading); '' for none. */
  notDone: string;
  /** A CSS selector of the page's own announcement (how many results), read when done. */
  message: string;
  /** Milliseconds without a new long task after `done` before the figures are read. */
  quiet: number;
  /** Milliseconds after navigation start when the figures are read even if the page is not done. */
  limit: number;
}

export interface LongTask {
  start: number;
  duration: number;
  /** The long task's attribution (the frame or worker it ran in, as Chromium tells). */
  attribution: string[];
}

export interface LayoutShift {
  start: number;
  value: number;
  /** The class names of the elements that moved. */
  sources: string[];
}

export interface ProbeFigures {
  first: number | undefined;
  done: number | undefined;
  /** The page's announcement when done (how many results it found). */
  message: string;
  /** When the figures were read (after `done` and a quiet time, or at the limit). */
  read: number;
  longTasks: LongTask[];
  shifts: LayoutShift[];
}

/** Runs in the page (serialised by Playwright): no imports, no closures over this module. */
export function installProbe(options: ProbeOptions): void {
  const bench: {
    first?: number;
    done?: number;
    longTasks: LongTask[];
    shifts: LayoutShift[];
    finished?: Promise<ProbeFigures>;
  } = { longTasks: [], shifts: [] };
  (window as unknown as { __kbPhoneBench: typeof bench }).__kbPhoneBench = bench;
  let finish: (figures: ProbeFigures) => void = () => undefined;
  bench.finished = new Promise((resolve) => (finish = resolve));
  let lastLongTask = 0;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { attribution?: PerformanceEntry[] })[]) {
      lastLongTask = performance.now();
      bench.longTasks.push({
        start: entry.startTime,
        duration: entry.duration,
        attribution: (entry.attribution ?? []).map((a) => {
          const t = a as PerformanceEntry & { containerType?: string; containerSrc?: string; containerName?: string };
          return [entry.name, a.name, t.containerType, t.containerSrc || t.containerName].filter(Boolean).join(' ');
        }),
      });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      bench.shifts.push({
        start: entry.startTime,
        value: entry.value,
        sources: (entry.sources ?? []).map((source) => {
          const node = source.node;
          if (!node) return '(removed)';
          if (node instanceof Element) return `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`;
          return node.nodeName;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  let reading = false;
  const read = () => {
    if (reading) return;
    reading = true;
    const wait = () => {
      const now = performance.now();
      if (now - lastLongTask >= options.quiet || now >= options.limit + options.quiet)
        finish({
          first: bench.first,
          done: bench.done,
          read: now,
          message: document.querySelector(options.message)?.textContent?.trim().replace(/\s+/gu, ' ') ?? '',
          longTasks: bench.longTasks,
          shifts: bench.shifts,
        });
      else setTimeout(wait, 100);
    };
    setTimeout(wait, options.quiet);
  };
  const check = () => {
    if (bench.first === undefined && document.querySelector(options.first)) bench.first = performance.now();
    if (
      bench.done === undefined &&
      document.querySelector(options.done) &&
      !(options.notDone && document.querySelector(options.notDone))
    ) {
      bench.done = performance.now();
      read();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  setTimeout(read, options.limit);
}
