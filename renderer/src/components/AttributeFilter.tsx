import { useId, useMemo } from 'react';
import type { Model } from '../../../shared/domain/dataset';
import { EMPTY_MODEL_FILTER, type ModelFilter } from '../../../shared/domain/model-filter';
import type { Scenario } from '../../../shared/domain/scenario';
import { filterModels, isEmptyFilter, roleLookup } from '../../../shared/dataset/model-filter';
import { ModelFilterFields, useModelFilterT } from './ModelFilterFields';

/**
 * A view's attribute filter: a checkbox that shows the filter's fields (null = off, so switching it off lifts
 * every condition) and the count of models kept.
 */
export function AttributeFilter({
  value,
  onChange,
  shown,
  total,
}: {
  value: ModelFilter | null;
  onChange(next: ModelFilter | null): void;
  shown: number;
  total: number;
}) {
  const t = useModelFilterT();
  const id = useId();
  return (
    <div className="attribute-filter">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value !== null}
          onChange={(e) => onChange(e.target.checked ? EMPTY_MODEL_FILTER : null)}
        />
        {t('toggle')}
      </label>
      {value && (
        <>
          <ModelFilterFields value={value} onChange={onChange} />
          <span role="status">{t('shown', { shown, total })}</span>
        </>
      )}
    </div>
  );
}

/** The ids of the scenario's models meeting the filter (all of them when it is off or empty). */
export function useModelsMeeting(scenario: Scenario | null, filter: ModelFilter | null): ReadonlySet<string> | null {
  return useMemo(() => {
    if (!scenario || !filter || isEmptyFilter(filter)) return null;
    const roleOf = roleLookup(scenario.alternatives, scenario.references);
    return new Set(filterModels<Model>(scenario.dataset.models, filter, roleOf).map((m) => m.id));
  }, [scenario, filter]);
}
