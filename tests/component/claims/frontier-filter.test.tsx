import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { FrontierView } from '../../../renderer/src/views/programme/FrontierView';
import { modelsCsv } from '../../unit/claims/reference-csv';
import { Harness, loadScenario, makeI18n } from '../programme/helpers';

afterEach(cleanup);

const csv = new Map(modelsCsv.map((r) => [r.id, r]));
const params = (id: string) => (csv.get(id)!.total_params_b === '' ? null : Number(csv.get(id)!.total_params_b));
const listed = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('the frontier reference rules’ attribute filter', () => {
  it('leaves out the references above 300B total parameters, saying why, and records the rule', async () => {
    const user = userEvent.setup();
    const initial = loadScenario('frontier-check');
    const seen: Scenario[] = [];
    render(
      <Harness
        i18n={await makeI18n()}
        initial={initial}
        seen={seen}
        render={(s, onChange) => <FrontierView scenario={s} onChange={onChange} />}
      />,
    );
    const before = listed('Reference models in the window');
    await user.click(screen.getByRole('checkbox', { name: 'Filter by attribute' }));
    await user.type(screen.getByRole('textbox', { name: 'at most (B)' }), '300');
    expect(seen.at(-1)!.programme!.frontier!.referenceFilter).toMatchObject({ params: { max: 300 } });
    const nameOf = (id: string) => csv.get(id)!.name;
    const kept = before.filter((text) => {
      const id = initial.references.find((r) => text.startsWith(nameOf(r)))!;
      return params(id) !== null && params(id)! <= 300;
    });
    expect(kept.length).toBeLessThan(before.length);
    expect(listed('Reference models in the window')).toEqual(kept);
    const filtered = listed('Reference models not used').filter((t) =>
      t.includes('does not meet the attribute filter'),
    );
    expect(filtered.length).toBe(initial.references.filter((id) => params(id) === null || params(id)! > 300).length);
  });
});
