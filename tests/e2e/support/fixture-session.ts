import { launchWithExtension, type ExtensionSession } from './browser';
import { startServer, type ServerOptions, type StaticServer } from './server';

/** A server of fixture pages on 127.0.0.1 and a browser with the built extension. */
export interface FixtureSession {
  server: StaticServer;
  session: ExtensionSession;
  /** Closes the browser, then the server, even when closing the browser fails. */
  close(): Promise<void>;
}

/** Starts a server of fixture pages, then launches the browser with the built extension. */
export async function startFixtureSession(options: ServerOptions): Promise<FixtureSession> {
  const server = await startServer(options);
  let session: ExtensionSession;
  try {
    session = await launchWithExtension();
  } catch (error) {
    await server.close();
    throw error;
  }

  const close = async () => {
    try {
      await session.close();
    } finally {
      await server.close();
    }
  };
  return { server, session, close };
}
