import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What the grid's marks mean, each beside a sample drawn with the grid's own classes: the what-if mark ✎
 * (grid-columns.tsx), † second-hand and ◇ independent (grid-marks.css), the orange corner (several observations),
 * a missing value, and — with the heatmap on — its scale (grid-columns.tsx heatStyle: the column's worst to best), or why
 * there is none.
 */
// Memoized: a value edit re-renders the Data view, not its unchanged controls.
export const GridLegend = memo(function GridLegend({
  heatmap,
  heatProblem,
}: {
  heatmap: boolean;
  /** Why the heatmap has no shade (normalizationProblem), or null. */
  heatProblem: string | null;
}) {
  const { t } = useTranslation();
  return (
    <dl className="grid-legend" aria-label={t('data.legend.title')}>
      <div>
        <dt className="legend-sample is-override">
          12.3<span className="override-marker">✎</span>
        </dt>
        <dd>{t('data.legend.override')}</dd>
      </div>
      <div>
        <dt className="legend-sample is-second-hand" />
        <dd>{t('data.legend.secondHand')}</dd>
      </div>
      <div>
        <dt className="legend-sample is-independent" />
        <dd>{t('data.legend.independent')}</dd>
      </div>
      <div>
        <dt className="legend-sample is-several">
          <span className="visually-hidden">{t('data.legend.cornerName')}</span>
        </dt>
        <dd>{t('data.legend.several')}</dd>
      </div>
      <div>
        <dt className="legend-sample is-missing">—</dt>
        <dd>{t('data.legend.missing')}</dd>
      </div>
      {heatmap && heatProblem !== null && (
        <div>
          <dt className="legend-heat">
            <span className="visually-hidden">{t('data.legend.heatName')}</span>
          </dt>
          <dd role="status">{t('data.legend.heatUnavailable', { reason: heatProblem })}</dd>
        </div>
      )}
      {heatmap && heatProblem === null && (
        <div>
          <dt className="legend-heat">
            <span className="visually-hidden">{t('data.legend.heatName')}</span>
            <span>{t('data.legend.worst')}</span>
            <span className="legend-heat-bar" />
            <span>{t('data.legend.best')}</span>
          </dt>
          <dd>{t('data.legend.heat')}</dd>
        </div>
      )}
    </dl>
  );
});
