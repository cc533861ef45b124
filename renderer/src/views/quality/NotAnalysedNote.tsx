import type { MatrixEvaluation } from '../../../../shared/evaluation/evaluate';
import { useQualityT } from './i18n';

/** Under a robustness table: the models it leaves out because they have insufficient data (coverage rule). */
export function NotAnalysedNote({ evaluation }: { evaluation: MatrixEvaluation }) {
  const q = useQualityT();
  const left = evaluation.alternatives.filter((a) => a.coverage.insufficient);
  if (!left.length) return null;
  return <p className="view-hint">{q('coverage.notAnalysed', { models: left.map((a) => a.name).join(', ') })}</p>;
}
