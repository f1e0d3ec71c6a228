// `npm run check`: the command itself is scripts/lib/check-content-cli.ts. Node keeps its compiled,
// type-stripped modules in a cache (in the system's temporary folder), so that a contributor's
// second check of one entry starts in about half the time; static imports would load before this
// line runs, hence the dynamic import.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./lib/check-content-cli.ts');
