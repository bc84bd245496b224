import { config } from 'zod';

// The page's CSP forbids eval. Zod would otherwise probe `new Function` on its
// first parse, which the browser reports as a policy violation; run jitless.
config({ jitless: true });
