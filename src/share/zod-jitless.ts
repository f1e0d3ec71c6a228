import { z } from 'astro/zod';

// zod compiles fast validators with `new Function`, which the site's Content-Security-Policy
// forbids; its jitless mode validates without. Imported first by make-entry-file.ts, because the
// setting must come before any schema is built.
z.config({ jitless: true });
