import type { ColumnRole } from './import-types';
import { nameKey } from './names';

/** Header words (English and Korean, compared by nameKey) that say what a column holds. */
const SYNONYMS: Record<Exclude<ColumnRole, 'score' | 'ignore'>, string[]> = {
  model: ['model', 'models', 'model name', 'model id', 'model_name', '모델', '모델명', '모델 이름'],
  benchmark: ['benchmark', 'benchmarks', 'benchmark id', 'task', 'eval', '벤치마크', '벤치마크명', '평가 항목', '과제'],
  value: ['value', 'score', 'result', 'accuracy', '점수', '값', '결과', '정확도', '성능'],
  setting: ['setting', 'mode', 'reasoning', 'effort', '설정', '모드', '추론 모드'],
  stderr: ['stderr', 'se', 'standard error', 'std err', '표준오차', '표준 오차'],
  n: ['n', 'items', 'samples', 'n items', '문항수', '문항 수', '표본수'],
  measuredBy: ['measured by', 'measured_by', 'evaluator', 'measurer', '측정', '측정자', '측정 기관', '평가자'],
  source: ['source', 'source url', 'source_url', 'url', 'link', '출처', '출처 url', '링크'],
  sourceKind: ['source kind', 'source_kind', '출처 종류', '출처 유형'],
  reportedAs: ['reported as', 'reported_as', '원래 이름', '표기'],
  note: ['note', 'notes', 'comment', '비고', '메모', '설명'],
};
/** Columns that are understood and deliberately not imported. */
const IGNORED = ['unit', '단위', 'id', 'observation id'];

const ROLE_BY_KEY = new Map<string, ColumnRole>([
  ...Object.entries(SYNONYMS).flatMap(([role, words]) => words.map((w) => [nameKey(w), role as ColumnRole] as const)),
  ...IGNORED.map((w) => [nameKey(w), 'ignore' as ColumnRole] as const),
]);

/** The role a header announces, or null when it names none (in a wide table: a benchmark column). */
export const headerRole = (header: string): ColumnRole | null => ROLE_BY_KEY.get(nameKey(header)) ?? null;
