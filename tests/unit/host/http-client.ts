import { request } from 'node:http';
import { TOKEN_HEADER } from '../../../shared/api/http';
import { DATASET_WIRE_TYPE, datasetToWire } from '../../../shared/dataset/dataset-wire';
import type { Dataset } from '../../../shared/domain/dataset';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body as bytes. */
  bytes: Buffer;
  json(): unknown;
}

/** A raw HTTP request (unlike fetch, it may set any Host or Origin header). */
export function call(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        agent: false,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const text = bytes.toString('utf8');
          done({ status: res.statusCode ?? 0, headers: res.headers, text, bytes, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** putDataset over HTTP as the page sends it (the dataset wire bytes as the body); the id the host holds it under. */
export async function putDatasetOverHttp(port: number, token: string, dataset: Dataset): Promise<string> {
  const reply = await call(port, {
    method: 'POST',
    path: '/api/putDataset',
    headers: { 'content-type': DATASET_WIRE_TYPE, [TOKEN_HEADER]: token },
    body: datasetToWire(dataset),
  });
  const envelope = reply.json() as { ok: boolean; result: { datasetId: string } };
  if (!envelope.ok) throw new Error(`putDataset: ${reply.text}`);
  return envelope.result.datasetId;
}
