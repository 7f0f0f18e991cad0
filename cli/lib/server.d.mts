// Types of server.mjs for the TypeScript end-to-end tests.

export declare const SHARED_CASES_MOUNT: '/shared-cases/';

export interface ServerOptions {
  /** Folder served at `/`. */
  root: string;
  /** Folder served at `/shared-cases/`, or null to turn the mount off. */
  sharedCasesDir?: string | null;
  /** `127.0.0.1` (default) or `localhost`. */
  host?: string;
  /** Port to listen on. The default, 0, picks a free one. */
  port?: number;
  /** More folders to serve, by URL prefix with leading and trailing slashes. */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Origin without a trailing slash. */
  origin: string;
  port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

export declare function startServer(options: ServerOptions): Promise<StaticServer>;
