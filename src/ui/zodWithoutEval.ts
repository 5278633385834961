// Imported before the schemas (loadSchemas in api.ts), so before any schema is built. zod compiles
// fast validators with `new Function` where it can, and probes for that when a
// schema is created; the built page's Content-Security-Policy forbids eval, and
// even the caught probe is reported as a violation. Validating without
// compiled code costs nothing noticeable at this data's size.
import { z } from 'zod';

z.config({ jitless: true });
