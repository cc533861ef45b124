import { screen, waitFor } from '@testing-library/react';
import type { Observation, Source } from '../../../shared/domain/dataset';
import type { Scenario } from '../../../shared/domain/scenario';

/** Every observation the dataset holds for a model × benchmark, in dataset order. */
export const observationsOf = (scenario: Scenario, model: string, benchmark: string): Observation[] =>
  scenario.dataset.observations.filter((o) => o.model === model && o.benchmark === benchmark);

export function sourceOf(scenario: Scenario, id: string): Source {
  const source = scenario.dataset.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return source;
}

/**
 * The value cell of a model × benchmark. AG Grid renders a row with a pinned column as two row elements (pinned
 * and scrolling) that share the row id (the model id); the value cells are in the scrolling one.
 */
export async function gridCell(scenario: Scenario, model: string, benchmark: string): Promise<HTMLElement> {
  const name = scenario.dataset.models.find((m) => m.id === model)?.name ?? model;
  await screen.findAllByRole('row', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  let cell: HTMLElement | null = null;
  await waitFor(() => {
    cell = document.querySelector<HTMLElement>(
      `[role="row"][row-id="${model}"] [role="gridcell"][col-id="${benchmark}"]`,
    );
    if (!cell) throw new Error(`no cell ${model} × ${benchmark}`);
  });
  return cell!;
}
