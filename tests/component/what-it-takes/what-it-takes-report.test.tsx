import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { createI18n } from '../../../renderer/src/i18n';
import { WhatItTakesReportSection } from '../../../renderer/src/report/WhatItTakesReportSection';

const read = (file: string) =>
  ScenarioSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/scenarios', file), 'utf8')));

describe('the report\'s "What it takes" section', () => {
  it('gives each team eliminated on score the points per component to stay above the cut (Round 1 as announced)', () => {
    const scenario = read('round1-as-announced.sewb');
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <WhatItTakesReportSection scenario={scenario} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'What it takes' })).toBeInTheDocument();
    // NAVER Cloud goes out on the independence gate (no points would do), NC AI's VAETKI on score.
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(1);
    const table = screen.getByRole('table', { name: 'VAETKI to stay above the cut line of 1차 평가 (as announced)' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        r.querySelector('th')!.textContent,
        ...within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    // Each component's points now (published, or the midpoint of the stated range) + Upstage's 77.9 − VAETKI's 74.9.
    const round = scenario.programme!.rounds[0];
    const now = (component: string) => {
      const e = round.entries.find((x) => x.model === 'vaetki-112b-a10b' && x.component === component)!;
      return e.kind === 'exact' ? e.points : (e.lo + e.hi) / 2;
    };
    expect(rows).toEqual(
      (
        [
          ['벤치마크 평가 (benchmarks)', 'benchmark', 40],
          ['전문가 평가 (expert panel)', 'expert', 35],
          ['사용자 평가 (user panel)', 'user', 25],
        ] as const
      ).map(([label, id, max]) => [
        `${label} (points)`,
        `${now(id)} / ${max}`,
        String(Number((now(id) + 3).toFixed(4))),
        '+3',
        'exact',
      ]),
    );
  });

  it('prints the goal chosen in the Results view instead, with every lever that reaches it', () => {
    const scenario = read('round1-as-announced.sewb');
    const { unmount } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <WhatItTakesReportSection scenario={scenario} whatIf={{ model: 'vaetki-112b-a10b', goal: 'cut:round-1' }} />
      </I18nextProvider>,
    );
    expect(
      screen.getByRole('heading', { name: 'The goal does not hold now: VAETKI advances in 1차 평가 (as announced)?' }),
    ).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual([
      '벤치마크 평가 (benchmarks) (points)',
      '전문가 평가 (expert panel) (points)',
      '사용자 평가 (user panel) (points)',
    ]);
    unmount();
    // A goal that no longer fits the scenario (no such round): the section for the eliminated teams instead.
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <WhatItTakesReportSection scenario={scenario} whatIf={{ model: 'vaetki-112b-a10b', goal: 'cut:round-9' }} />
      </I18nextProvider>,
    );
    expect(
      screen.getByRole('table', { name: 'VAETKI to stay above the cut line of 1차 평가 (as announced)' }),
    ).toBeInTheDocument();
  });

  it('is left out when no team is eliminated on score', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <WhatItTakesReportSection scenario={read('frontier-check.sewb')} />
      </I18nextProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
