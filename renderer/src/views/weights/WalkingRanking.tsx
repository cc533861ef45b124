import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { CompositeChart } from '../results/CompositeChart';
import { RankingTable } from '../results/RankingTable';

/**
 * The ranking table and the composite chart of the Results view, beside the sliders ("walking weights": move a
 * slider, watch the ranking move). Shown from 1280 px wide (weights.css); the chart does not animate, so each
 * frame shows the ranking of the weights on screen.
 */
export const WalkingRanking = memo(function WalkingRanking({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  return (
    <aside className="weights-ranking" aria-label={t('weights.rankingBeside')}>
      <RankingTable evaluation={evaluation} />
      <CompositeChart evaluation={evaluation} label={t('results.chartLabel')} animation={false} />
    </aside>
  );
});
