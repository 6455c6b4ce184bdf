import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FailedAttempts } from './failed-attempts';
import { sendJson, type Headers } from './respond';

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/**
 * What an accepted call says happened. Only a hint: the body is never trusted for
 * content; an entry named here is read from the CMS again.
 */
export interface WebhookEvent {
  event: string | null;
  model: string | null;
  /** The entry's document, when the body names one (entry events). */
  documentId: string | null;
  receivedAt: string;
}

export type ParsedWebhook = { ok: true; event: WebhookEvent } | { ok: false; problem: string };

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * Compares digests in constant time: equal-length inputs for timingSafeEqual, and the
 * time taken says nothing about the secret's content or length.
 */
export function isAuthorised(header: string | undefined, secret: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(sha256(presented), sha256(secret));
}

/** Reads at most `limit` bytes; null as soon as the body is longer, without buffering the rest. */
export function readLimitedBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stopListening = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stopListening();
      request.pause();
      resolve(null);
    };
    const onEnd = () => {
      stopListening();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stopListening();
      reject(error);
    };
    // 'close' before 'end' means the client went away mid-body.
    const onClose = () =>
      onError(new Error('the client closed the connection before sending the whole body'));
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

// Event and model names end up in /status and the log: keep them short and plain.
const label = (value: unknown) =>
  typeof value === 'string' ? value.replace(/[^\w.:@/-]/g, '').slice(0, 100) || null : null;

export function parseWebhookEvent(body: string, receivedAt: Date): ParsedWebhook {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'The body is not valid JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, problem: 'The body must be a JSON object' };
  const { event, model, entry } = parsed as Record<string, unknown>;
  const documentId =
    entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).documentId : null;
  return {
    ok: true,
    event: {
      event: label(event),
      model: label(model),
      documentId: label(documentId),
      receivedAt: receivedAt.toISOString(),
    },
  };
}

const LINGER_MS = 2000;
const LINGER_BYTES = 4 * MAX_WEBHOOK_BYTES;

/**
 * Closing a socket that still holds unread data makes the kernel send a reset, which can
 * wipe out our answer before the client reads it; so drop a bounded amount first, then close.
 */
function closeAfterAnswer(request: IncomingMessage): void {
  if (request.complete) return;
  let dropped = 0;
  const close = () => request.socket.destroy();
  const timer = setTimeout(close, LINGER_MS).unref();
  request.on('close', () => clearTimeout(timer));
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) close();
  });
  request.resume();
}

function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  error: string,
  headers: Headers = {},
) {
  sendJson(response, status, { accepted: false, error }, { ...headers, Connection: 'close' });
  closeAfterAnswer(request);
}

export interface WebhookGuard {
  secret: string;
  failures: FailedAttempts;
}

/** POST /webhook: authenticate, read a bounded JSON object, and report it as "content changed". */
export async function handleWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  { secret, failures }: WebhookGuard,
  onAccepted: (event: WebhookEvent) => void,
): Promise<void> {
  if (request.method !== 'POST') return refuse(request, response, 405, 'Use POST', { Allow: 'POST' });
  if (!isAuthorised(request.headers.authorization, secret)) {
    const waitSeconds = failures.failed(request.socket.remoteAddress ?? 'unknown');
    if (waitSeconds !== null) {
      return refuse(request, response, 429, 'Too many wrong secrets from this address; try again later', {
        'Retry-After': String(waitSeconds),
      });
    }
    return refuse(request, response, 401, 'Wrong or missing secret', { 'WWW-Authenticate': 'Bearer' });
  }
  const tooLarge = () => refuse(request, response, 413, `The body is over ${MAX_WEBHOOK_BYTES} bytes`);
  if (Number(request.headers['content-length'] ?? 0) > MAX_WEBHOOK_BYTES) return tooLarge();
  let body: Buffer | null;
  try {
    body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  } catch {
    // The client went away mid-body: nobody is left to answer, and nothing changed.
    return void response.destroy();
  }
  if (body === null) return tooLarge();
  const parsed = parseWebhookEvent(body.toString('utf8'), new Date());
  if (!parsed.ok) return refuse(request, response, 400, parsed.problem);
  onAccepted(parsed.event);
  sendJson(response, 202, { accepted: true });
}
