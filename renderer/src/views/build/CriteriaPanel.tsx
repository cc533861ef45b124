import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../shared/domain/scenario';
import { BUILD_NS } from '../../i18n';
import type { GroupingKind } from '../../state/criteria-edits';
import { criterionShares, useEvaluation } from '../../state/evaluation';
import { useScenarioStore } from '../../state/scenario-store';
import { NumberField } from '../programme/NumberField';
import { Disclosure } from './Disclosure';
import './build.css';

const GROUPINGS: readonly GroupingKind[] = ['none', 'language', 'category', 'language-category'];

/** The grouping the scenario's groups look like (as made by setGrouping), for the select. */
function groupingOf(sc: Scenario): GroupingKind {
  if (!sc.groups.length) return 'none';
  if (sc.groups.some((g) => g.parent != null)) return 'language-category';
  return sc.groups[0].id.startsWith('cat:') ? 'category' : 'language';
}

/**
 * The criteria of the scenario: add one from the dataset, move one up or down, remove one (never the last); each
 * with its direction (fixed by its benchmark in the dataset) and its group. Then the groups (by language,
 * category or language › category) with their weights: a criterion's weight is the product of its groups'
 * shares and its share within its group. Every change is one store action, so one undo step.
 */
export function CriteriaPanel() {
  const { t } = useTranslation(BUILD_NS);
  // The summary's figures only: a weight edit does not render the closed panel.
  const count = useScenarioStore((s) => s.scenario?.criteria.length ?? 0);
  const grouping = useScenarioStore((s) => (s.scenario ? groupingOf(s.scenario) : 'none'));
  const [adding, setAdding] = useState('');
  const addId = useId();
  const groupingId = useId();
  return (
    <Disclosure
      title={t('criteria.heading')}
      summary={<p>{t('criteria.summary', { count, grouping: t(`groups.kind.${grouping}`) })}</p>}
    >
      <CriteriaBody adding={adding} setAdding={setAdding} addId={addId} groupingId={groupingId} />
    </Disclosure>
  );
}

/**
 * The panel's body, a component of its own: built only while the panel is open (then a weight edit renders it for
 * the groups' shares).
 */
function CriteriaBody({
  adding,
  setAdding,
  addId,
  groupingId,
}: {
  adding: string;
  setAdding(id: string): void;
  addId: string;
  groupingId: string;
}) {
  const { t } = useTranslation(BUILD_NS);
  const store = useScenarioStore.getState();
  const scenario = useScenarioStore((s) => s.scenario);
  // Each criterion's weight in use (sums to 1), when the scenario ranks: the groups' shares.
  const shares = criterionShares(useEvaluation());
  if (!scenario) return null;
  const benchmarks = new Map(scenario.dataset.benchmarks.map((b) => [b.id, b]));
  const inUse = new Set(scenario.criteria.map((c) => c.benchmark));
  const addable = scenario.dataset.benchmarks.filter((b) => !inUse.has(b.id));
  const groups = new Map(scenario.groups.map((g) => [g.id, g]));
  const n = scenario.criteria.length;
  // Criteria sit in the innermost groups (those no other group is inside).
  const leaves = scenario.groups.filter((g) => !scenario.groups.some((x) => x.parent === g.id));
  // A group's share of the total: the weights in use of the criteria in it or below it.
  const inside = (group: string, c: string | null): boolean =>
    c !== null && (c === group || inside(group, groups.get(c)?.parent ?? null));
  const groupShare = (id: string) =>
    shares && scenario.criteria.reduce((a, c) => a + (inside(id, c.group) ? (shares.get(c.benchmark) ?? 0) : 0), 0);
  return (
    <>
      <div className="build-filters">
        <label htmlFor={addId}>{t('criteria.add')}</label>
        <select id={addId} value={adding} onChange={(e) => setAdding(e.target.value)}>
          <option value="">{t('criteria.choose')}</option>
          {addable.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!adding}
          onClick={() => {
            store.addCriterion(adding);
            setAdding('');
          }}
        >
          {t('criteria.addButton')}
        </button>
      </div>
      <table className="build-table" aria-label={t('criteria.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('criteria.column.name')}</th>
            <th scope="col">{t('criteria.column.direction')}</th>
            <th scope="col">{t('criteria.column.group')}</th>
            <th scope="col">{t('criteria.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.criteria.map((c, i) => {
            const b = benchmarks.get(c.benchmark);
            const name = b?.name ?? c.benchmark;
            const group = c.group !== null ? groups.get(c.group) : undefined;
            return (
              <tr key={c.benchmark}>
                <th scope="row">{name}</th>
                <td title={t('criteria.directionFixed')}>{t(`criteria.direction.${b?.direction ?? 'higher'}`)}</td>
                <td>
                  {scenario.groups.length > 0 ? (
                    <select
                      aria-label={t('criteria.groupOf', { name })}
                      value={group?.id ?? ''}
                      onChange={(e) => store.setCriterionGroup(c.benchmark, e.target.value || null)}
                    >
                      <option value="">{t('criteria.noGroup')}</option>
                      {leaves.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t('criteria.noGroup')
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('criteria.moveUp', { name })}
                    disabled={i === 0}
                    onClick={() => store.moveCriterion(c.benchmark, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('criteria.moveDown', { name })}
                    disabled={i === n - 1}
                    onClick={() => store.moveCriterion(c.benchmark, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('criteria.remove', { name })}
                    disabled={n === 1}
                    onClick={() => store.removeCriterion(c.benchmark)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="build-filters">
        <label htmlFor={groupingId}>{t('groups.by')}</label>
        <select
          id={groupingId}
          value={groupingOf(scenario)}
          onChange={(e) => store.setGrouping(e.target.value as GroupingKind)}
        >
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`groups.kind.${g}`)}
            </option>
          ))}
        </select>
      </div>
      {scenario.groups.length > 0 && (
        <div role="group" aria-label={t('groups.heading')}>
          <p>{t('groups.rule')}</p>
          {scenario.groups.map((g) => (
            <div key={g.id} className={g.parent != null ? 'build-subgroup' : undefined}>
              <NumberField
                label={t('groups.weightOf', { group: g.label })}
                value={g.weight}
                min={0}
                max={100}
                onCommit={(w) => store.setGroupWeight(g.id, w)}
              />{' '}
              <span aria-label={t('groups.shareOf', { group: g.label })}>
                {shares ? `${((groupShare(g.id) ?? 0) * 100).toFixed(1)}%` : '—'}
              </span>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
