import { useMemo } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';
import { scenarioProgramme } from '../../../shared/evaluation/programme/programme';
import { parseGoal } from '../../../shared/evaluation/what-it-takes/goal';
import { whatItTakes, type PointsAnswer, type WhatItTakes } from '../../../shared/evaluation/what-it-takes/index';
import { percent } from '../format/percent';
import { howText, shown, signed } from '../views/what-it-takes/format';
import { useWhatIfT, type WhatIfT } from '../views/what-it-takes/i18n';
import { goalWords } from '../views/what-it-takes/WhatItTakesPanel';

interface Item {
  key: string;
  name: string;
  roundLabel: string;
  answers: PointsAnswer[];
}

/** Each team eliminated on score in a round, with what it takes (points) to stay above that round's cut line. */
function eliminatedOnScore(scenario: Scenario): Item[] {
  const programme = scenarioProgramme(scenario);
  if (!programme) return [];
  return evaluateRounds(scenario, programme).flatMap((round) =>
    round.teams
      .filter((team) => team.by === 'score' && scenario.alternatives.includes(team.model))
      .map((team) => ({
        key: `${round.round}|${team.model}`,
        name: team.name,
        roundLabel: round.label,
        answers: whatItTakes(scenario, team.model, { kind: 'cut', round: round.round }).points.filter(
          (p) => p.parent === null,
        ),
      })),
  );
}

/** One row of the chosen goal's table: what changes, from what to what, and how it was found. */
interface Row {
  key: string;
  lever: string;
  now: string;
  needed: string;
  change: string;
  how: string;
}

function chosenRows(t: WhatIfT, result: Pick<WhatItTakes, 'points' | 'benchmarks' | 'weights'>): Row[] {
  return [
    ...result.points
      .filter((p) => p.state === 'reachable')
      .map((p) => ({
        key: `p|${p.component}`,
        lever: t('report.pointsOf', { label: p.label }),
        now: `${shown(p.current)} / ${p.maxPoints}`,
        needed: shown(p.points!),
        change: signed(p.change!),
        how: howText(t, p.how!, p.strict),
      })),
    ...result.benchmarks
      .filter((b) => b.state === 'reachable')
      .map((b) => ({
        key: `b|${b.benchmark}`,
        lever: b.name,
        now: b.current === null ? t('empty') : shown(b.current),
        needed: shown(b.value!),
        change: b.change === null ? '—' : signed(b.change),
        how: howText(t, b.how!),
      })),
    ...result.weights
      .filter((w) => w.state === 'reachable')
      .map((w) => ({
        key: `w|${w.benchmark}`,
        lever: t('report.weightOf', { name: w.name }),
        now: percent(w.current),
        needed: percent(w.weight!),
        change: '—',
        how: howText(t, w.how!),
      })),
  ];
}

function Table({ t, caption, rows }: { t: WhatIfT; caption: string; rows: Row[] }) {
  return (
    <table className="report-table" aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">{t('col.lever')}</th>
          <th scope="col" className="num">
            {t('col.now')}
          </th>
          <th scope="col" className="num">
            {t('col.needed')}
          </th>
          <th scope="col" className="num">
            {t('col.change')}
          </th>
          <th scope="col">{t('col.how')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.lever}</th>
            <td className="num">{r.now}</td>
            <td className="num">{r.needed}</td>
            <td className="num">{r.change}</td>
            <td>{r.how}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The report's "What it takes": for the goal chosen in the Results view (`whatIf`), every lever that reaches it
 * on its own — points, benchmark values, weights — with how it was found; without a chosen goal (or one that no
 * longer fits the scenario), for each team eliminated on score in a programme round, the points each top-level
 * component would need to stay above that round's cut line. Renders nothing when there is neither.
 */
export function WhatItTakesReportSection({
  scenario,
  whatIf,
}: {
  scenario: Scenario;
  whatIf?: { model: string; goal: string };
}) {
  const t = useWhatIfT();
  const chosen = useMemo(() => {
    if (!whatIf) return null;
    try {
      return whatItTakes(scenario, whatIf.model, parseGoal(whatIf.goal));
    } catch {
      return null; // a goal that no longer fits: the default section instead
    }
  }, [scenario, whatIf]);
  const items = useMemo(() => {
    if (chosen) return [];
    try {
      return eliminatedOnScore(scenario);
    } catch {
      return []; // a programme the Rounds section already reports as invalid
    }
  }, [scenario, chosen]);
  if (chosen) {
    const names = new Map(scenario.dataset.models.map((m) => [m.id, m.name]));
    const words = goalWords(t, scenario, names, chosen.model, chosen.goal);
    const rows = chosenRows(t, chosen);
    return (
      <section className="report-section" aria-labelledby="report-whatif-title">
        <h2 id="report-whatif-title">{t('report.title')}</h2>
        <p>{t('report.chosenIntro')}</p>
        <h3>{t(chosen.holdsNow ? 'holds' : 'notHolds', { goal: words })}</h3>
        {chosen.holdsNow ? null : rows.length ? <Table t={t} caption={words} rows={rows} /> : <p>{t('report.none')}</p>}
      </section>
    );
  }
  if (!items.length) return null;
  return (
    <section className="report-section" aria-labelledby="report-whatif-title">
      <h2 id="report-whatif-title">{t('report.title')}</h2>
      <p>{t('report.intro')}</p>
      {items.map((item) => {
        const caption = t('report.eliminated', { name: item.name, round: item.roundLabel });
        const rows = chosenRows(t, { points: item.answers, benchmarks: [], weights: [] });
        return (
          <div key={item.key}>
            <h3>{caption}</h3>
            {rows.length ? <Table t={t} caption={caption} rows={rows} /> : <p>{t('report.none')}</p>}
          </div>
        );
      })}
    </section>
  );
}
