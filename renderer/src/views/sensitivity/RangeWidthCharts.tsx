import { useMemo } from 'react';
import type { Scenario } from '../../../../shared/domain/scenario';
import { scenarioProgramme } from '../../../../shared/evaluation/programme/programme';
import { RANGE_FACTORS, rangeWidthSweep, type WidthPoint } from '../../../../shared/evaluation/programme/range-width';
import { rangeWidthOption } from '../../charts/range-width-option';
import { LEGEND_ROW, legendRows } from '../../charts/legend';
import { SensitivityChart } from '../../charts/SensitivityChart';
import { useRangeWidthSweep, type CreateWidthWorker } from '../../workers/useRangeWidthSweep';
import { useSensitivityT } from './i18n';
import './sensitivity.css';

/**
 * P(eliminated) against the width of the assumed ranges, one chart per round, from the worker (on screen: the last
 * figures stay, marked, until the new ones arrive).
 */
export function RangeWidthCharts({ scenario, createWorker }: { scenario: Scenario; createWorker?: CreateWidthWorker }) {
  const t = useSensitivityT();
  const run = useRangeWidthSweep(scenario, createWorker);
  return (
    <section
      className={run.stale && run.points ? 'sensitivity range-width analysis-stale' : 'sensitivity range-width'}
      aria-labelledby="range-width-title"
      aria-busy={run.status === 'running'}
    >
      <h3 id="range-width-title">{t('width.title')}</h3>
      {run.status === 'off' ? (
        <p className="view-hint">{t('width.off')}</p>
      ) : run.status === 'unavailable' ? (
        <p className="view-hint">{t('width.noWorker')}</p>
      ) : run.status === 'error' ? (
        <p role="alert" className="programme-problem">
          {t('width.error', { message: run.error })}
        </p>
      ) : (
        <>
          {run.status === 'running' && (
            <p className="view-hint" role="status">
              {run.points ? t('width.updating') : t('width.running')}
            </p>
          )}
          {run.points && <WidthFigures scenario={scenario} points={run.points} />}
        </>
      )}
    </section>
  );
}

/** The report's version: computed here, synchronously (the report is a static print view). */
export function RangeWidthReport({ scenario }: { scenario: Scenario }) {
  const t = useSensitivityT();
  const points = useMemo(() => {
    const programme = scenarioProgramme(scenario);
    if (!programme || !scenario.uncertainty.enabled || programme.rounds.length === 0) return null;
    return rangeWidthSweep(scenario, programme, RANGE_FACTORS, {
      samples: scenario.uncertainty.samples,
      seed: scenario.uncertainty.seed,
      benchmarkNoiseSd: programme.benchmarkNoiseSd,
    });
  }, [scenario]);
  if (!points) return null;
  return (
    <section className="sensitivity range-width" aria-labelledby="report-range-width-title">
      <h3 id="report-range-width-title">{t('width.title')}</h3>
      <WidthFigures scenario={scenario} points={points} printed />
    </section>
  );
}

function WidthFigures({
  scenario,
  points,
  printed = false,
}: {
  scenario: Scenario;
  points: WidthPoint[];
  printed?: boolean;
}) {
  const t = useSensitivityT();
  const names = useMemo(() => new Map(scenario.dataset.models.map((m) => [m.id, m.name])), [scenario.dataset]);
  const labels = new Map((scenario.programme?.rounds ?? []).map((r) => [r.id, r.label]));
  const rounds = points.find((p) => p.result)?.result?.rounds.map((r) => r.round) ?? [];
  const failed = points.filter((p) => p.error);
  return (
    <>
      {failed.map((p) => (
        <p key={p.factor} className="view-hint">
          {t('width.failed', { factor: p.factor, message: p.error })}
        </p>
      ))}
      {rounds.map((round) => (
        <RoundWidthChart
          key={round}
          round={labels.get(round) ?? round}
          roundId={round}
          points={points}
          names={names}
          samples={scenario.uncertainty.samples}
          seed={scenario.uncertainty.seed}
          printed={printed}
        />
      ))}
    </>
  );
}

function RoundWidthChart({
  round,
  roundId,
  points,
  names,
  samples,
  seed,
  printed,
}: {
  round: string;
  roundId: string;
  points: WidthPoint[];
  names: ReadonlyMap<string, string>;
  samples: number;
  seed: number;
  printed: boolean;
}) {
  const t = useSensitivityT();
  const label = t('width.label', { round });
  const option = useMemo(() => {
    const teams = Object.keys(
      points.find((p) => p.result)?.result?.rounds.find((r) => r.round === roundId)?.teams ?? {},
    );
    return rangeWidthOption(
      points.map((p) => p.factor),
      teams.map((model) => ({
        name: names.get(model) ?? model,
        values: points.map((p) => p.result?.rounds.find((r) => r.round === roundId)?.teams[model]?.eliminated ?? null),
      })),
      t('width.axis'),
      label,
      !printed,
    );
  }, [points, roundId, names, t, label, printed]);
  return (
    <figure className="sensitivity-figure" aria-label={label}>
      <figcaption className="sensitivity-read">{t('width.read', { round, samples, seed })}</figcaption>
      <SensitivityChart
        option={option}
        label={label}
        height={260 + legendRows(option.series.length) * LEGEND_ROW}
        printed={printed}
      />
    </figure>
  );
}
