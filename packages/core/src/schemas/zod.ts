import { z } from 'zod/mini';

// A strict Content-Security-Policy forbids `new Function`; without this zod probes for it on
// first parse and the page reports a CSP violation. Every schema module imports `z` from here so
// that the setting is applied before any schema exists, and cannot be tree-shaken away.
z.config({ jitless: true });

export { z };
