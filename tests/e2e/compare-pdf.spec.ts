import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/api/http';
import { test } from './fixtures';

const root = resolve(__dirname, '../..');
const scenario = (file: string) => JSON.parse(readFileSync(join(root, 'data/scenarios', file), 'utf8')) as unknown;
const documents = [
  { name: 'Round 1 as planned', scenario: scenario('round1-as-planned.sewb') },
  { name: 'Round 1 as announced', scenario: scenario('round1-as-announced.sewb') },
];

/** The host's API as the page calls it: POST /api/<method> with the launch token. */
async function call(host: { origin: string; token: string }, method: string, body: unknown) {
  const reply = await fetch(`${host.origin}${API_PREFIX}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(body),
  });
  return (await reply.json()) as { ok: boolean; result?: { path: string; bytes: number }; error?: unknown };
}

/** pdftotext's text with line breaks and runs of spaces as single spaces (table cells wrap). */
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');

test('the comparison PDF (real Chromium through the browser host) names both scenarios and both outcomes', async ({
  host,
}) => {
  test.setTimeout(180_000);
  const en = await call(host, 'exportComparisonPdf', { path: 'compare.pdf', documents, language: 'en' });
  expect(en).toMatchObject({ ok: true, result: { path: join(host.workspace, 'compare.pdf') } });
  const text = pdfText(join(host.workspace, 'compare.pdf'));
  expect(text).toContain('Scenario comparison');
  expect(text).toContain('Round 1 as planned');
  expect(text).toContain('Round 1 as announced');
  // As planned NC AI (VAETKI) alone goes; as announced NAVER Cloud (HyperCLOVA X SEED) goes too, on the gate.
  expect(text).toContain('HyperCLOVA X SEED Think 32B: advances → eliminated (gate)');
  expect(text).toMatch(/eliminated VAETKI HyperCLOVA X SEED Think 32B, VAETKI/);
  expect(text).toContain('독자성 (independence)');

  const ko = await call(host, 'exportComparisonPdf', { path: 'compare-ko.pdf', documents, language: 'ko' });
  expect(ko.ok).toBe(true);
  const textKo = pdfText(join(host.workspace, 'compare-ko.pdf'));
  expect(textKo).toContain('시나리오 비교');
  expect(textKo).toContain('HyperCLOVA X SEED Think 32B: 통과 → 탈락 (요건)');
});

test('a comparison of one document is refused naming the field, and nothing is written', async ({ host }) => {
  const reply = await call(host, 'exportComparisonPdf', { path: 'one.pdf', documents: documents.slice(0, 1) });
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'invalid-request', path: 'exportComparisonPdf → documents' },
  });
  expect(existsSync(join(host.workspace, 'one.pdf'))).toBe(false);
});
