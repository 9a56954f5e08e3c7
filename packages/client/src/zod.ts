import { z } from 'zod/mini';

// A strict Content-Security-Policy forbids `new Function`, which zod probes for on first parse.
z.config({ jitless: true });

export { z };
