import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { percent } from '../../../renderer/src/format/percent';
import { createI18n } from '../../../renderer/src/i18n';
import { ResultsView } from '../../../renderer/src/views/results/ResultsView';
import { PointsSplitChart } from '../../../renderer/src/views/sensitivity/PointsSplitChart';
import { RangeWidthCharts } from '../../../renderer/src/views/sensitivity/RangeWidthCharts';
import { handleWidthRequest } from '../../../renderer/src/workers/programme-width-handler';
import type { WidthMessage, WidthRequest } from '../../../renderer/src/workers/programme-width-protocol';
import type { WidthWorker } from '../../../renderer/src/workers/useRangeWidthSweep';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';
import { roundProbabilities } from '../../../shared/evaluation/programme/monte-carlo';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { loadScenario } from '../programme/helpers';
import { createRealApi, renderWith, resetStores, type RealApi } from '../real-api';

let real: RealApi;
beforeAll(() => {
  real = createRealApi();
});
afterAll(() => real.dispose());
beforeEach(async () => {
  await resetStores(real.api);
});

describe('weight sweep in the Results view', () => {
  it('draws the chosen criterion with its reading sentence; its nearest crossing above is the table’s threshold', async () => {
    renderWith(<ResultsView />, real.api);
    const select = screen.getByRole('combobox', { name: 'Criterion swept' });
    await userEvent.selectOptions(select, 'τ²-Bench Retail');
    const chart = screen.getByRole('img', {
      name: "Weight sweep of τ²-Bench Retail: each model's composite against the weight",
    });
    expect(screen.getByText(/as the weight of τ²-Bench Retail goes from 0 to 100%/)).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Weight stability' });
    const row = within(table).getByRole('rowheader', { name: 'τ²-Bench Retail' }).closest('tr')!;
    const upper = within(row).getAllByRole('cell')[1].textContent!.split('–')[1].trim();
    const current = Number(chart.getAttribute('data-current'));
    const above = (JSON.parse(chart.getAttribute('data-crossings')!) as number[]).find((x) => x >= current);
    // no crossing above the weight now: the table's range reaches 100%
    expect(above === undefined ? percent(1) : percent(above)).toBe(upper);
  });

  it('draws a sampled sweep for TOPSIS, saying it is sampled and how the crossings were found', async () => {
    const { useScenarioStore } = await import('../../../renderer/src/state/scenario-store');
    const s = useScenarioStore.getState().scenario!;
    useScenarioStore.getState().load({ ...s, method: { ...s.method, name: 'topsis' } }, null);
    renderWith(<ResultsView />, real.api);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Criterion swept' }), 'τ²-Bench Retail');
    const chart = screen.getByRole('img', {
      name: "Weight sweep of τ²-Bench Retail: each model's composite against the weight",
    });
    expect(chart.getAttribute('data-samples')).toBe('41');
    expect(chart.getAttribute('data-tolerance')).toBe('0.000001');
    expect(
      screen.getByText(
        /as the weight of τ²-Bench Retail goes from 0 to 100%.*computed at 41 evenly spaced weights and the weight now.*the curve is sampled.*found by bisection to within 0\.000001 of weight/,
      ),
    ).toBeVisible();
    expect(screen.queryByText(/The sweep is drawn for the weighted sum/)).toBeNull();
    expect(screen.getByText(/Only the weighted sum and PROMETHEE II split a composite/)).toBeVisible();
  });
});

describe('points split of a round', () => {
  it('an image named for the round, the reading sentence and who goes out by gate whatever the split', () => {
    const s = loadScenario('round1-as-announced');
    const programme = scenarioProgramme(s)!;
    const outcome = evaluateRounds(s, programme)[0];
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PointsSplitChart outcome={outcome} scheme={programme.schemes[0]} />
      </I18nextProvider>,
    );
    expect(
      screen.getByRole('img', {
        name: `Team eliminated on score for each split of the points between components, ${outcome.label}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Each point of the triangle is one way of splitting the 100 points/)).toBeVisible();
    expect(screen.getByText('Eliminated by a gate whatever the split: HyperCLOVA X SEED Think 32B.')).toBeVisible();
  });
});

describe('points split, pair by pair', () => {
  it('with four components: two chosen, a band along the share of the first, the sentence naming both', async () => {
    const s = loadScenario('round1-as-announced');
    const scheme = s.programme!.schemes[0];
    const four: Scenario = {
      ...s,
      programme: {
        ...s.programme!,
        schemes: [
          {
            ...scheme,
            components: [
              ...scheme.components,
              { id: 'extra', label: 'extra', maxPoints: 10, parent: null, computed: null },
            ],
          },
        ],
      },
    };
    const programme = scenarioProgramme(four)!;
    const outcome = evaluateRounds(four, programme)[0];
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PointsSplitChart outcome={outcome} scheme={programme.schemes[0]} />
      </I18nextProvider>,
    );
    const [a, b] = [
      screen.getByRole('combobox', { name: 'Move points between' }),
      screen.getByRole('combobox', { name: 'and' }),
    ];
    const label = (i: number) => programme.schemes[0].components.filter((c) => c.parent === null)[i].label;
    expect(
      screen.getByText(new RegExp(`^Points move between ${escape(label(0))} and ${escape(label(1))}`)),
    ).toBeVisible();
    await userEvent.selectOptions(b, label(3));
    expect(screen.getByText(new RegExp(`^Points move between ${escape(label(0))} and extra`))).toBeVisible();
    expect(a).toHaveValue('0');
    expect(screen.getByRole('img', { name: /^Team eliminated on score for each split/ })).toBeInTheDocument();
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The real handler in this thread; answers are held until the test releases them. */
function heldWorker() {
  const pending: (() => void)[] = [];
  const create = (): WidthWorker => {
    const w: WidthWorker & { dead: boolean } = {
      onmessage: null,
      dead: false,
      postMessage(req: WidthRequest) {
        pending.push(() => {
          const out: WidthMessage[] = [];
          handleWidthRequest(req, (m) => out.push(m));
          for (const m of out) if (!w.dead) w.onmessage?.({ data: m } as MessageEvent<WidthMessage>);
        });
      },
      terminate() {
        w.dead = true;
      },
    };
    return w;
  };
  return { create, release: () => act(() => pending.splice(0).forEach((run) => run())) };
}

describe('P(eliminated) against range width', () => {
  const base = loadScenario('round1-as-announced');
  const small = (seed: number): Scenario => ({ ...base, uncertainty: { ...base.uncertainty, samples: 1500, seed } });

  it('draws off the UI thread, and keeps the previous figures, marked, until the new ones arrive', async () => {
    const worker = heldWorker();
    const i18n = createI18n('en');
    const view = (s: Scenario) => (
      <I18nextProvider i18n={i18n}>
        <RangeWidthCharts scenario={s} createWorker={worker.create} />
      </I18nextProvider>
    );
    const { rerender } = render(view(small(1)));
    expect(screen.getByRole('status')).toHaveTextContent('Computing the widths…');
    expect(screen.queryByRole('img')).toBeNull();
    await worker.release();
    const name = /^Probability of elimination per team against the range width/;
    const first = screen.getByRole('img', { name });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(/from half \(×0\.5\) to twice \(×2\) its width/)).toBeVisible();

    rerender(view(small(2)));
    expect(screen.getByRole('status')).toHaveTextContent('Updating; the figures shown are the previous ones.');
    expect(screen.getByRole('img', { name })).toBe(first);
    await worker.release();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('img', { name })).toBeInTheDocument();
  });

  it('the worker’s answer at ×1 is the scenario’s own P(eliminated)', () => {
    const s = small(5);
    const out: WidthMessage[] = [];
    handleWidthRequest({ type: 'range-width', id: 1, scenario: s, factors: [0.5, 1, 2] }, (m) => out.push(m));
    const result = out.at(-1)!;
    if (result.type !== 'result') throw new Error(JSON.stringify(result));
    const own = roundProbabilities(s, scenarioProgramme(s)!, { samples: 1500, seed: 5, benchmarkNoiseSd: 0 });
    expect(result.points[1].result).toEqual(own);
    expect(result.points[0].result).not.toEqual(own);
  });
});
