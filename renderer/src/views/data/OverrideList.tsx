import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../../../../shared/dataset/index';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';

/** The what-if overrides of the scenario, each with its Revert button, and "Revert all overrides". */
export function OverrideList({ index }: { index: DatasetIndex }) {
  const { t } = useTranslation();
  const overrides = useScenarioStore((s) => s.scenario?.overrides ?? []);
  const revert = useScenarioStore((s) => s.revertOverride);
  const revertAll = useScenarioStore((s) => s.revertAllOverrides);
  const modelName = (id: string) => index.models.get(id)?.name ?? id;
  const benchmarkName = (id: string) => index.benchmarks.get(id)?.name ?? id;
  return (
    <section className="override-list" aria-label={t('data.overrides', { count: overrides.length })}>
      <div className="override-head">
        <span className="override-count">{t('data.overrides', { count: overrides.length })}</span>
        <button
          type="button"
          disabled={overrides.length === 0}
          onClick={() => {
            revertAll();
            useUiStore.getState().info(t('status.allReverted'));
          }}
        >
          {t('data.revertAll')}
        </button>
      </div>
      {overrides.length > 0 && (
        <ul>
          {overrides.map((o) => {
            const label = `${modelName(o.model)} · ${benchmarkName(o.benchmark)}`;
            return (
              <li key={`${o.model}|${o.benchmark}`}>
                <span className="override-marker" aria-hidden="true">
                  ✎
                </span>
                <span className="override-label">{label}</span>
                <span className="override-value">{o.value}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('data.revert')} ${label}`}
                  onClick={() => revert(o.model, o.benchmark)}
                >
                  {t('data.revert')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
