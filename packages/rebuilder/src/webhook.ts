import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookEvent {
  event: string | null;
  model: string | null;
  receivedAt: string;
}

export type WebhookOutcome =
  | { status: 202; event: WebhookEvent }
  | { status: 400 | 401 | 405 | 413; message: string };

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time: comparing digests hides both the secret's content and its length. */
export function isAuthorised(header: string | undefined, secret: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(presented), digest(secret));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Checks a webhook call. The body is only recorded for status: events may repeat,
 * arrive out of order or carry no entry, so any accepted call means "content changed".
 */
export async function receiveWebhook(request: IncomingMessage, secret: string): Promise<WebhookOutcome> {
  if (request.method !== 'POST') return { status: 405, message: 'Use POST' };
  if (!isAuthorised(request.headers.authorization, secret))
    return { status: 401, message: 'Wrong or missing secret' };
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
    return { status: 413, message: 'Body over 1 MiB' };
  const body = await readBody(request);
  if (body === null) return { status: 413, message: 'Body over 1 MiB' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: 400, message: 'Body is not JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { status: 400, message: 'Body must be a JSON object' };
  const { event, model } = parsed as { event?: unknown; model?: unknown };
  return {
    status: 202,
    event: {
      event: typeof event === 'string' ? event : null,
      model: typeof model === 'string' ? model : null,
      receivedAt: new Date().toISOString(),
    },
  };
}
