import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 12 item 6: the Korean PDF report keeps Korean words whole. Printed through the browser host in Korean,
 * read back with pdftotext's word boxes: no two lines of one table cell (one text block) split a word of the UI's
 * Korean texts (renderer/src/i18n/*.ko.json) between them, as in "순/위" or "탈락 확/률".
 */

const root = join(__dirname, '../..');

/** Every Korean word (a run of Hangul, 2+ syllables) of the UI's Korean texts. */
function koreanWords(): Set<string> {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of v.match(/[가-힣]{2,}/g) ?? []) words.add(w);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const f of ['ko', 'files.ko', 'import.ko', 'models.ko', 'programme.ko'])
    walk(JSON.parse(readFileSync(join(root, `renderer/src/i18n/${f}.json`), 'utf8')));
  return words;
}

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** pdftotext -bbox-layout: per page, its lines of words with their boxes (in points). */
function pageLines(pdf: string): Word[][][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xml
    .split(/<page /)
    .slice(1)
    .map((page) =>
      page
        .split(/<line /)
        .slice(1)
        .map((line) =>
          [
            ...line.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
          ].map((m) => ({ text: m[5]!, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) })),
        )
        .filter((line) => line.length > 0),
    );
}

/**
 * Words of the UI's Korean text that a line break cuts in two: a line ending in the word's first part and, on the
 * next line of the same cell (starting where that line starts, or centred on it), a line starting with its rest.
 * Cells are found by position, not by pdftotext's blocks (which may split a narrow cell's lines).
 */
function brokenWords(pdf: string, dictionary: Set<string>): string[] {
  const broken: string[] = [];
  pageLines(pdf).forEach((lines, p) => {
    for (const a of lines) {
      const end = a.at(-1)!;
      const tail = end.text.match(/[가-힣]+$/)?.[0];
      if (!tail) continue;
      const [start, height] = [a[0]!, end.y1 - end.y0];
      for (const b of lines) {
        const dy = b[0]!.y0 - start.y0;
        if (dy < 0.5 * height || dy > 1.9 * height) continue;
        const sameCell =
          Math.abs(b[0]!.x0 - start.x0) < 3 || Math.abs((b[0]!.x0 + b.at(-1)!.x1) / 2 - (start.x0 + end.x1) / 2) < 3;
        const head = b[0]!.text.match(/^[가-힣]+/)?.[0];
        if (sameCell && head && dictionary.has(tail + head)) broken.push(`page ${p + 1}: ${end.text} / ${b[0]!.text}`);
      }
    }
  });
  return broken;
}

test.use({ locale: 'ko-KR' });

/** Opens a scenario copied into the workspace, then prints its report; the PDF's path. */
async function printReport(page: Page, workspace: string, scenario: string, name: string): Promise<string> {
  copyFileSync(join(root, 'data/scenarios', scenario), join(workspace, scenario));
  await page.getByRole('button', { name: '열기', exact: true }).click();
  const open = page.getByRole('dialog', { name: '시나리오 열기' });
  await open.getByRole('button', { name: new RegExp(scenario.replace('.', '\\.')) }).click();
  await open.getByRole('button', { name: '열기', exact: true }).click();
  await expect(open).toBeHidden();
  await page.getByRole('button', { name: 'PDF 내보내기', exact: true }).click();
  const save = page.getByRole('dialog', { name: 'PDF 내보내기' });
  await save.getByRole('textbox', { name: '파일 이름' }).fill(name);
  await save.getByRole('button', { name: '내보내기', exact: true }).click();
  await expect(save).toBeHidden();
  const file = join(workspace, `${name}.pdf`);
  await expect.poll(() => existsSync(file), { timeout: 240_000 }).toBe(true);
  await expect(page.getByRole('contentinfo')).toContainText(name, { timeout: 240_000 });
  if (process.env.KEEP_PDF) copyFileSync(file, `${process.env.KEEP_PDF}-${name}.pdf`);
  return file;
}

test('the Korean PDF breaks no Korean word across lines, in table headers or cells', async ({ page, host }) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  await expect(page.getByRole('tab', { name: '가중치' })).toBeVisible();
  const dictionary = koreanWords();
  // The default scenario (weights, ranking, stability, acceptability, sources) and one with the programme's
  // Frontier and Rounds sections (the elimination odds table of the issue's "탈락 확률").
  for (const [scenario, name] of [
    ['default.sewb', '기본'],
    ['round1-as-announced.sewb', '1차'],
  ] as const) {
    const file = await printReport(page, host.workspace, scenario, name);
    expect(pageLines(file).flat().length).toBeGreaterThan(100);
    expect(brokenWords(file, dictionary), scenario).toEqual([]);
  }
});
