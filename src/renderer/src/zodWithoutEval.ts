import { z } from 'zod'

// zod compiles its object parsers with `new Function` after probing for eval while the schemas are
// built. The CSP refuses eval, so the probe only costs a violation report at every start; saying
// so up front keeps the renderer free of any eval attempt. main.tsx imports this module first,
// before any schema is defined.
z.config({ jitless: true })
