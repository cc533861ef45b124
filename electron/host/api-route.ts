import type { IncomingMessage, ServerResponse } from 'node:http';
import { binaryWireOf, isMethodName } from '../../shared/api/contract';
import { API_PREFIX, MAX_BODY_BYTES, MAX_DATASET_BODY_BYTES } from '../../shared/api/http';
import type { Envelope, ErrorCode } from '../../shared/api/errors';
import { DATASET_WIRE_TYPE } from '../../shared/dataset/dataset-wire';

/** HTTP status of an error envelope; the body is always the envelope, which the client reads. */
const STATUS: Record<ErrorCode, number> = {
  'invalid-request': 400,
  'invalid-file': 422,
  'not-found': 404,
  forbidden: 403,
  cancelled: 409,
  'unknown-document': 410,
  'unknown-dataset': 410,
  conflict: 409,
  exists: 409,
  'disk-full': 507,
  'read-only': 403,
  io: 500,
  printer: 500,
  internal: 500,
};

function sendEnvelope(res: ServerResponse, envelope: Envelope, status?: number): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status ?? (envelope.ok ? 200 : STATUS[envelope.error.code]), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string): void =>
  sendEnvelope(res, { ok: false, error: { code, message, path: null } }, status);

/** A binary-response method's result: the bytes as the body of a 200. */
function sendBytes(res: ServerResponse, bytes: Uint8Array): void {
  res.writeHead(200, {
    'Content-Type': DATASET_WIRE_TYPE,
    'Content-Length': bytes.byteLength,
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}

/** Reads the body, refusing more than `max` bytes (by Content-Length or as it streams). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  if (Number(req.headers['content-length'] ?? 0) > max) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * POST /api/<method> with a JSON body (or, for a binary-request method of the contract, the bytes of its one bytes
 * field, DATASET_WIRE_TYPE, up to MAX_DATASET_BODY_BYTES): checks method, content type and size, then hands the
 * payload to `dispatch` (createDispatcher over the services), which validates it against the contract. A
 * binary-response method's result is sent as bytes; errors are always JSON envelopes. The caller has already
 * checked the Host/Origin and the token.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  dispatch: (method: string, payload: unknown) => Promise<Envelope>,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(res, 405, 'invalid-request', 'the API takes POST requests');
  }
  const method = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(API_PREFIX.length);
  const binary = isMethodName(method) ? binaryWireOf(method) : undefined;
  const bytesField = binary && 'request' in binary ? binary.request : null;
  const expected = bytesField ? DATASET_WIRE_TYPE : 'application/json';
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== expected) return refuse(res, 415, 'invalid-request', `${method}: the API takes ${expected} here`);
  const max = bytesField ? MAX_DATASET_BODY_BYTES : MAX_BODY_BYTES;
  const body = await readBody(req, max);
  if (body === 'too-large') {
    res.setHeader('Connection', 'close');
    return refuse(res, 413, 'invalid-request', `request body over ${max} bytes`);
  }
  let payload: unknown = {};
  if (bytesField) payload = { [bytesField]: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  else if (body.length > 0)
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return refuse(res, 400, 'invalid-request', `request body is not valid JSON (${(error as Error).message})`);
    }
  const envelope = await dispatch(method, payload);
  if (envelope.ok && binary && 'response' in binary && envelope.result instanceof Uint8Array)
    return sendBytes(res, envelope.result);
  sendEnvelope(res, envelope);
}
