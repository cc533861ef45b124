import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { valuesInOrder } from '../../../../shared/dataset/columnar';
import { observationColumns } from '../../../../shared/dataset/columnar-dataset';
import type { ObservationPolicy } from '../../../../shared/domain/scenario';
import { BUILD_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';

/** The policy's preference order followed by the dataset's other settings (which then come last, in dataset order). */
export function settingOrder(policy: ObservationPolicy, settings: readonly string[]): string[] {
  return [...policy.settingPreference, ...settings.filter((s) => !policy.settingPreference.includes(s))];
}

/**
 * The observation policy's setting preference (think / non-think / effort): among a cell's observations the
 * first setting in this order wins. Moving a setting is one store action, so one undo step.
 */
export function SettingPreference({ policy, settings }: { policy: ObservationPolicy; settings: readonly string[] }) {
  const { t } = useTranslation(BUILD_NS);
  const setPolicy = useScenarioStore((s) => s.setObservationPolicy);
  const order = settingOrder(policy, settings);
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setPolicy({ settingPreference: next });
  };
  return (
    <ol className="priority-list" aria-label={t('setting.label')}>
      {order.map((s, i) => (
        <li key={s}>
          <span>{s}</span>
          <button
            type="button"
            aria-label={t('setting.moveUp', { setting: s })}
            disabled={i === 0}
            onClick={() => move(i, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('setting.moveDown', { setting: s })}
            disabled={i === order.length - 1}
            onClick={() => move(i, 1)}
          >
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The setting preference behind a disclosure in the policy controls, over the settings of the scenario's dataset. */
export function SettingPreferenceControl({ policy }: { policy: ObservationPolicy }) {
  const { t } = useTranslation(BUILD_NS);
  const dataset = useScenarioStore((s) => s.scenario?.dataset);
  // The dataset's settings in order of first appearance, from its setting column (no row objects).
  const settings = useMemo(() => (dataset ? valuesInOrder(observationColumns(dataset).setting) : []), [dataset]);
  return (
    <details className="setting-preference">
      <summary>{t('setting.summary', { first: settingOrder(policy, settings)[0] ?? '—' })}</summary>
      <p>{t('setting.explain')}</p>
      <SettingPreference policy={policy} settings={settings} />
    </details>
  );
}
