import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook call from the CMS, as Strapi sends it. */
export interface WebhookEvent {
  event: string;
  uid?: string;
  entry?: { documentId?: string };
}

export interface WebhookReceiver {
  /** The CMS environment that points its rebuild webhook here. */
  cmsEnv: Record<string, string>;
  events(): WebhookEvent[];
  /** How many times `event` arrived for one document. */
  count(event: string, documentId: string): number;
  stop(): Promise<void>;
}

const body = async (request: IncomingMessage) => {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
};

/** A real HTTP endpoint standing in for the rebuild service, recording what the CMS sends it. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const secret = randomBytes(24).toString('hex');
  const received: WebhookEvent[] = [];
  const server = createServer(async (request, response) => {
    const text = await body(request);
    if (request.headers.authorization !== `Bearer ${secret}`) {
      response.writeHead(401).end();
      return;
    }
    received.push(JSON.parse(text) as WebhookEvent);
    response.writeHead(202).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    cmsEnv: {
      REBUILD_WEBHOOK_URL: `http://127.0.0.1:${port}/webhook`,
      REBUILD_WEBHOOK_SECRET: secret,
    },
    events: () => [...received],
    count: (event, documentId) =>
      received.filter((call) => call.event === event && call.entry?.documentId === documentId).length,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
