import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { SHOWN } from '../results/ranked';
import { RankingTable } from '../results/RankingTable';
import { CompositeBars } from './CompositeBars';

/**
 * The ranking table of the Results view and the composite bars, beside the sliders ("walking weights": move a
 * slider, watch the ranking move). Shown from 1280 px wide (weights.css); the bars do not animate, so each frame
 * shows the ranking of the weights on screen. The table lists the best 50, as many as the chart beside it (the
 * Results view lists 500): 500 rows beside the sliders took about 40 ms of layout and paint per step at 1,000
 * candidates.
 */
export const WalkingRanking = memo(function WalkingRanking({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  return (
    <aside className="weights-ranking" aria-label={t('weights.rankingBeside')}>
      <RankingTable evaluation={evaluation} limit={SHOWN.chart} />
      <CompositeBars evaluation={evaluation} label={t('results.chartLabel')} />
    </aside>
  );
});
