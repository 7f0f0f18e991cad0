import { z } from 'zod';

// Extension pages forbid `eval` through their content security policy, so zod
// must not compile parsers with `new Function`. Zod reads this setting when a
// schema is built, so every schema module imports `z` from here.
z.config({ jitless: true });

export { z };
