import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceKind } from '../../../../shared/domain/dataset';
import { ObservationPolicySchema, type ObservationPolicy } from '../../../../shared/domain/scenario';
import { useScenarioStore } from '../../state/scenario-store';
import { SettingPreferenceControl } from '../build/SettingPreference';

const KINDS = ObservationPolicySchema.shape.kind.options;

/** Moves item i of a list by one place (−1 up, +1 down); the list is not changed. */
const moved = <T,>(list: readonly T[], i: number, by: -1 | 1): T[] => {
  const next = [...list];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
};

/** The observation policy of the scenario: its kind, for source priority the order of source kinds, and the setting preference. */
// Memoized: a value edit re-renders the Data view, not its unchanged controls.
export const PolicyControls = memo(function PolicyControls({ policy }: { policy: ObservationPolicy }) {
  const { t } = useTranslation();
  const id = useId();
  const setPolicy = useScenarioStore((s) => s.setObservationPolicy);
  const kindName = (k: SourceKind) => t(`data.sourceKind.${k}`);
  return (
    <div className="policy-controls">
      <label htmlFor={id}>{t('data.policyLabel')}</label>
      <select
        id={id}
        value={policy.kind}
        onChange={(e) => setPolicy({ kind: e.target.value as ObservationPolicy['kind'] })}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`data.policy.${k}`)}
          </option>
        ))}
      </select>
      {policy.kind === 'source-priority' && (
        <ol className="priority-list" aria-label={t('data.priorityLabel')}>
          {policy.priority.map((k, i) => (
            <li key={k}>
              <span>{kindName(k)}</span>
              <button
                type="button"
                aria-label={t('data.moveUp', { kind: kindName(k) })}
                disabled={i === 0}
                onClick={() => setPolicy({ priority: moved(policy.priority, i, -1) })}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('data.moveDown', { kind: kindName(k) })}
                disabled={i === policy.priority.length - 1}
                onClick={() => setPolicy({ priority: moved(policy.priority, i, 1) })}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      )}
      <SettingPreferenceControl policy={policy} />
    </div>
  );
});
