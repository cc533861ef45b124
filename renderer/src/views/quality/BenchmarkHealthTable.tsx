import { useState } from 'react';
import { HEALTH_FLAGS, type HealthFlag } from '../../../../shared/domain/benchmark-health';
import type { BenchmarkHealth, HealthFlagState } from '../../../../shared/evaluation/benchmark-health';
import { useQualityT, type QualityT } from './i18n';

/** The header mark of each flag (grid headers, legends, tables). */
export const HEALTH_MARK: Record<HealthFlag, string> = {
  'self-reported-only': '◌',
  saturated: '▲',
  'harness-spread': '±',
};

interface Props {
  health: readonly BenchmarkHealth[];
  /** Present in the Data view: each flag can be set by hand with a note, or given back to the data. */
  onOverride?: (benchmark: string, flag: HealthFlag, ruling: { value: boolean; note: string } | null) => void;
  caption: string;
  names: ReadonlyMap<string, string>;
}

/** A flag as text: "yes"/"no"/"unknown", "(set by hand: note; the data say …)" when overridden. */
function flagText(q: QualityT, f: HealthFlagState): string {
  const word = (v: boolean | null) => (v === null ? q('health.unknown') : v ? q('health.yes') : q('health.no'));
  if (!f.override) return `${f.value ? '⚑ ' : ''}${word(f.derived)}`;
  return `${f.value ? '⚑ ' : ''}${word(f.value)} ${q('health.byHand', { note: f.override.note || '—', derived: word(f.derived) })}`;
}

/** Why the data raise each flag: independent observations, the best reference against the top, the widest spread. */
function detail(q: QualityT, h: BenchmarkHealth, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  return [
    q('health.independent', { count: h.independent }),
    h.best ? q('health.best', { value: h.best.value, model: name(h.best.model), top: h.best.top }) : q('health.noBest'),
    h.spread
      ? q('health.spread', { model: name(h.spread.model), setting: h.spread.setting, lo: h.spread.lo, hi: h.spread.hi })
      : q('health.noSpread'),
  ].join(' · ');
}

/**
 * Benchmark health per benchmark: the three flags (self-reported only, saturated, harness spread) as the data give
 * them or as the analyst set them (with the note), and the figures behind them. Used in Data, Frontier and the report.
 */
export function BenchmarkHealthTable({ health, onOverride, caption, names }: Props) {
  const q = useQualityT();
  return (
    <table className="ranking-table health-table" aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{q('health.benchmark')}</th>
          {HEALTH_FLAGS.map((f) => (
            <th scope="col" key={f}>
              {HEALTH_MARK[f]} {q(`health.flag.${f}`)}
            </th>
          ))}
          <th scope="col">{q('health.why')}</th>
        </tr>
      </thead>
      <tbody>
        {health.map((h) => (
          <tr key={h.benchmark}>
            <th scope="row">{h.name}</th>
            {HEALTH_FLAGS.map((f) => (
              <td key={f} className={h.flags[f].value ? 'health-raised' : undefined}>
                {flagText(q, h.flags[f])}
                {onOverride && <FlagControl h={h} flag={f} onOverride={onOverride} />}
              </td>
            ))}
            <td className="health-why">{detail(q, h, names)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FlagControl({
  h,
  flag,
  onOverride,
}: {
  h: BenchmarkHealth;
  flag: HealthFlag;
  onOverride: NonNullable<Props['onOverride']>;
}) {
  const q = useQualityT();
  const state = h.flags[flag];
  const [note, setNote] = useState<string | null>(null);
  const shownNote = note ?? state.override?.note ?? '';
  const label = `${h.name} · ${q(`health.flag.${flag}`)}`;
  return (
    <span className="health-control">
      <select
        aria-label={label}
        value={state.override ? String(state.override.value) : 'auto'}
        onChange={(e) =>
          onOverride(
            h.benchmark,
            flag,
            e.target.value === 'auto' ? null : { value: e.target.value === 'true', note: shownNote },
          )
        }
      >
        <option value="auto">{q('health.auto')}</option>
        <option value="true">{q('health.setYes')}</option>
        <option value="false">{q('health.setNo')}</option>
      </select>
      {state.override && (
        <input
          type="text"
          aria-label={q('health.noteFor', { label })}
          value={shownNote}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (note !== null && note !== state.override?.note)
              onOverride(h.benchmark, flag, { value: state.override!.value, note });
            setNote(null);
          }}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
      )}
    </span>
  );
}
