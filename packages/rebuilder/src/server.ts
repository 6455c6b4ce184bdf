import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RebuilderConfig } from './config';
import { Rebuilder } from './rebuilder';
import { serveStatic } from './static-files';
import { receiveWebhook } from './webhook';

export interface RunningRebuilder {
  server: Server;
  rebuilder: Rebuilder;
  port: number;
  stop(): Promise<void>;
}

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

async function route(
  rebuilder: Rebuilder,
  config: RebuilderConfig,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const urlPath = (request.url ?? '/').split('?')[0];
  if (urlPath === '/webhook') {
    const outcome = await receiveWebhook(request, config.webhookSecret);
    if (outcome.status !== 202) {
      request.resume();
      const allow: Record<string, string> = outcome.status === 405 ? { Allow: 'POST' } : {};
      return json(response, outcome.status, { error: outcome.message }, { ...allow, Connection: 'close' });
    }
    rebuilder.contentChanged(outcome.event);
    return json(response, 202, { accepted: true });
  }
  if (urlPath === '/status')
    return json(response, 200, rebuilder.status(), { 'Access-Control-Allow-Origin': '*' });
  if (urlPath === '/healthz') return void response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return void response.writeHead(405, { Allow: 'GET, HEAD' }).end('Method not allowed');
  }
  return serveStatic(rebuilder.sites.liveLink, request, response);
}

/** The rebuild service: webhook, status and the live site on one port. */
export async function startRebuilder(config: RebuilderConfig): Promise<RunningRebuilder> {
  const rebuilder = new Rebuilder(config);
  await rebuilder.start();
  const server = createServer((request, response) => {
    route(rebuilder, config, request, response).catch((error: unknown) => {
      console.error('rebuilder: request failed', error);
      if (!response.headersSent) response.writeHead(500).end('Internal error');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  return {
    server,
    rebuilder,
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        rebuilder.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
