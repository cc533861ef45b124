import type { Scenario } from '../../../../shared/domain/scenario';
import type { ProbabilityRun } from '../../workers/useProgrammeProbabilities';
import { NumberField } from './NumberField';
import { useProgrammeT } from './i18n';
import { setUncertainty } from './scenario-updates';

interface Props {
  scenario: Scenario;
  onChange: (next: Scenario) => void;
  run: ProbabilityRun & { cancel: () => void; run: () => void };
}

/** The uncertainty switch, samples and seed, and the progress of the worker's Monte Carlo run with Cancel. */
export function UncertaintyPanel({ scenario, onChange, run }: Props) {
  const t = useProgrammeT();
  const u = scenario.uncertainty;
  return (
    <fieldset className="programme-controls">
      <legend>{t('uncertainty.title')}</legend>
      <label className="programme-toggle">
        <input
          type="checkbox"
          checked={u.enabled}
          onChange={(e) => onChange(setUncertainty(scenario, { enabled: e.target.checked }))}
        />
        {t('uncertainty.toggle')}
      </label>
      <NumberField
        label={t('uncertainty.samples')}
        value={u.samples}
        min={100}
        max={1_000_000}
        step={1000}
        integer
        onCommit={(samples) => onChange(setUncertainty(scenario, { samples }))}
      />
      <NumberField
        label={t('uncertainty.seed')}
        value={u.seed}
        min={0}
        max={2 ** 32 - 1}
        integer
        onCommit={(seed) => onChange(setUncertainty(scenario, { seed }))}
      />
      {run.status === 'running' && (
        <span className="programme-progress">
          <progress
            aria-label={t('uncertainty.progress')}
            max={run.total || 1}
            value={run.done}
            aria-valuetext={t('uncertainty.progressText', { done: run.done, total: run.total })}
          />
          <span aria-hidden="true">{t('uncertainty.progressText', { done: run.done, total: run.total })}</span>
          <button type="button" onClick={run.cancel}>
            {t('uncertainty.cancel')}
          </button>
        </span>
      )}
      {run.status === 'cancelled' && (
        <span role="status">
          {t('uncertainty.cancelled')}{' '}
          <button type="button" onClick={run.run}>
            {t('uncertainty.run')}
          </button>
        </span>
      )}
      {run.status === 'done' && run.result && (
        <span role="status" className="programme-sub">
          {t('uncertainty.done', { samples: run.result.samples, seed: run.result.seed })}
        </span>
      )}
      {run.status === 'error' && (
        <span role="alert" className="programme-problem">
          {run.error}{' '}
          <button type="button" onClick={run.run}>
            {t('uncertainty.run')}
          </button>
        </span>
      )}
    </fieldset>
  );
}
