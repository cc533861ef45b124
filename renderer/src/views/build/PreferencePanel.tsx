import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreferenceFunctionSchema, type PreferenceSetting, type Scenario } from '../../../../shared/domain/scenario';
import { BUILD_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import './build.css';

type Kind = PreferenceSetting['type'];
const KINDS: readonly Kind[] = ['usual', 'u-shape', 'v-shape', 'level', 'linear', 'gaussian'];
/** Which thresholds each preference function takes (Brans & Vincke 1985). */
const PARAMS: Record<Kind, readonly ('q' | 'p' | 's')[]> = {
  usual: [],
  'u-shape': ['q'],
  'v-shape': ['p'],
  level: ['q', 'p'],
  linear: ['q', 'p'],
  gaussian: ['s'],
};

interface Draft {
  type: Kind;
  q: string;
  p: string;
  s: string;
}

const draftOf = (f: PreferenceSetting | undefined): Draft => ({
  type: f?.type ?? 'usual',
  q: f && 'q' in f ? String(f.q) : '0',
  p: f && 'p' in f ? String(f.p) : '10',
  s: f && 's' in f ? String(f.s) : '5',
});

/** The preference function a draft describes, or null when a threshold is not a valid number (q ≥ 0, p > q, s > 0). */
function fromDraft(d: Draft): PreferenceSetting | null {
  const value = { type: d.type, ...Object.fromEntries(PARAMS[d.type].map((k) => [k, Number(d[k])])) };
  if (PARAMS[d.type].some((k) => d[k].trim() === '')) return null;
  const parsed = PreferenceFunctionSchema.safeParse(value);
  if (!parsed.success) return null;
  const f = parsed.data;
  return (f.type === 'level' || f.type === 'linear') && !(f.p > f.q) ? null : f;
}

/**
 * PROMETHEE II's preference function per criterion: usual, u-shape (q), v-shape (p), level and linear (q < p),
 * gaussian (s), thresholds in the benchmark's unit (a difference of values). A valid choice is stored in the
 * scenario at once (one undo step); an invalid threshold is named and not applied.
 */
export function PreferencePanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation(BUILD_NS);
  const benchmarks = new Map(scenario.dataset.benchmarks.map((b) => [b.id, b]));
  return (
    <section className="build-panel" aria-label={t('preference.heading')}>
      <h3>{t('preference.heading')}</h3>
      <p>{t('preference.explain')}</p>
      <table className="build-grid">
        <thead>
          <tr>
            <th scope="col">{t('criteria.column.name')}</th>
            <th scope="col">{t('preference.function')}</th>
            <th scope="col">{t('preference.thresholds')}</th>
          </tr>
        </thead>
        <tbody>
          {scenario.criteria.map((c) => (
            <PreferenceRow
              key={c.benchmark}
              benchmark={c.benchmark}
              name={benchmarks.get(c.benchmark)?.name ?? c.benchmark}
              unit={benchmarks.get(c.benchmark)?.unit ?? ''}
              value={c.preference}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PreferenceRow({
  benchmark,
  name,
  unit,
  value,
}: {
  benchmark: string;
  name: string;
  unit: string;
  value: PreferenceSetting | undefined;
}) {
  const { t } = useTranslation(BUILD_NS);
  const setPreference = useScenarioStore((s) => s.setPreference);
  const [draft, setDraft] = useState(() => draftOf(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(draftOf(value));
  }
  const change = (next: Draft) => {
    setDraft(next);
    const f = fromDraft(next);
    if (f) {
      setSeen(f.type === 'usual' ? undefined : f);
      setPreference(benchmark, f.type === 'usual' ? null : f);
    }
  };
  const valid = fromDraft(draft) !== null;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <select
          aria-label={t('preference.functionOf', { name })}
          value={draft.type}
          onChange={(e) => change({ ...draft, type: e.target.value as Kind })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`preference.kind.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {PARAMS[draft.type].map((k) => (
          <label key={k}>
            {t(`preference.param.${k}`)}{' '}
            <input
              type="number"
              min={0}
              aria-label={t('preference.paramOf', { param: k, name, unit })}
              value={draft[k]}
              onChange={(e) => change({ ...draft, [k]: e.target.value })}
            />{' '}
            {unit}{' '}
          </label>
        ))}
        {!valid && (
          <span className="build-problem" role="alert">
            {t(`preference.invalid.${draft.type}`, { name })}
          </span>
        )}
      </td>
    </tr>
  );
}
