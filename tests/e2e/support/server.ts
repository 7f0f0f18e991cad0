/** Static file server for fixture pages on 127.0.0.1, from cli/lib/server.mjs. */
export { SHARED_CASES_MOUNT, startServer } from '../../../cli/lib/server.mjs';
export type { ServerOptions, StaticServer } from '../../../cli/lib/server.mjs';
