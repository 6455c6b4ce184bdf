import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { sendText } from './respond';

export type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

// In-flight responses get this long to finish on shutdown before connections are cut.
const SHUTDOWN_GRACE_MS = 1000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Answers malformed requests (garbage, huge headers, slow clients) without involving any handler. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * An HTTP server that survives its clients: malformed or vanishing requests, slow
 * senders, and a route that throws (logged, answered 500) never take it down.
 */
export function createHttpServer(
  route: Route,
  headers: Array<[string, string]>,
  log: (line: string) => void,
): Server {
  const server = createServer((request, response) => {
    // An aborted upload or a vanished client must not surface as an unhandled 'error'.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    // On every response, whatever answers it (pages, redirects, errors), so none is missed.
    for (const [name, value] of headers) response.setHeader(name, value);
    route(request, response).catch((error: unknown) => {
      const where = (request.url ?? '').split('?')[0]?.slice(0, 200);
      log(`${request.method} ${where} failed: ${messageOf(error)}`);
      if (!response.headersSent) sendText(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.on('clientError', answerClientError);
  return server;
}

/** Starts listening; resolves to the port actually bound (port 0 picks a free one). */
export async function listen(server: Server, port: number, host: string, log: (line: string) => void) {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log(`server error: ${error.message}`));
  return boundPort(server);
}

export const boundPort = (server: Server): number => (server.address() as AddressInfo | null)?.port ?? 0;

/** Stops accepting, lets in-flight responses finish for a moment, then cuts what is left. */
export async function close(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  await closed;
  clearTimeout(cut);
}
