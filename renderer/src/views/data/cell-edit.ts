import type { TFunction } from 'i18next';
import type { Benchmark } from '../../../../shared/domain/dataset';
import type { MatrixCell } from '../../../../shared/evaluation/evaluate';
import type { ScenarioState } from '../../state/scenario-store';
import { parseCellInput } from './parse-cell-input';

type EditOutcome = { ok: true; message: string | null } | { ok: false; message: string };

/**
 * Applies one grid edit as a what-if override, or refuses it with a message naming the model and the
 * benchmark (nothing changes then). Empty input, or the dataset's own value, removes the override.
 */
export function applyCellEdit(
  store: Pick<ScenarioState, 'setOverride' | 'revertOverride'>,
  t: TFunction,
  target: { model: string; modelName: string; benchmark: Benchmark; cell: MatrixCell },
  raw: unknown,
): EditOutcome {
  const { model, modelName, benchmark, cell } = target;
  const names = { model: modelName, benchmark: benchmark.name };
  const input = parseCellInput(raw, benchmark);
  switch (input.kind) {
    case 'not-a-number':
      return { ok: false, message: t('status.badNumber', { ...names, input: input.input }) };
    case 'ambiguous':
      return { ok: false, message: t('status.ambiguousNumber', { ...names, input: input.input }) };
    case 'out-of-scale':
      return {
        ok: false,
        message: t('status.outOfScale', { ...names, value: input.value, min: input.min, max: input.max }),
      };
    case 'empty':
    case 'value': {
      const isOverride = cell.origin === 'override';
      const backToDataset = input.kind === 'empty' || input.value === cell.datasetValue;
      if (backToDataset) {
        if (!isOverride) return { ok: true, message: null };
        store.revertOverride(model, benchmark.id);
        return { ok: true, message: t('status.cellReverted', names) };
      }
      if (input.value === cell.value) return { ok: true, message: null };
      store.setOverride(model, benchmark.id, input.value);
      return { ok: true, message: t('status.cellEdited', { ...names, value: input.value }) };
    }
  }
}
