import { config } from 'zod/mini';

// A strict Content-Security-Policy forbids `new Function`, which zod may probe for on first
// parse. Every module that builds a schema imports this module first, so the setting is in force
// before any schema exists. It is listed in `sideEffects` so bundlers keep it.
config({ jitless: true });
