import { useState } from 'react';
import type { PointsScheme, Round } from '../../../../shared/domain/programme';
import { entryText, parseEntry, type EntryValue } from './panel-entry';
import { useProgrammeT } from './i18n';

interface Props {
  round: Round;
  scheme: PointsScheme;
  /** The round's participants, in order. */
  models: { id: string; name: string }[];
  /** Applies one entry (null = remove); returns a message when the programme refuses it. */
  onSet: (model: string, component: string, value: EntryValue | null) => string | null;
}

/**
 * Manual (panel) scores of one round, model × component: exact points ("27.5") or, for an
 * undisclosed score, a range ("24.8–30.8"). A value is checked against the component's maximum when
 * the cell is left or Enter is pressed; an invalid one is refused with a message and nothing applied.
 */
export function PanelScoresGrid({ round, scheme, models, onSet }: Props) {
  const t = useProgrammeT();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ key: string; message: string } | null>(null);
  const entryOf = (model: string, component: string) =>
    round.entries.find((e) => e.model === model && e.component === component);

  const commit = (model: { id: string; name: string }, c: PointsScheme['components'][number]) => {
    const key = `${model.id}|${c.id}`;
    const text = drafts[key];
    if (text === undefined) return;
    const where = `${model.name} · ${c.label}`;
    const parsed = parseEntry(text, c.maxPoints);
    let message: string | null;
    if (parsed.problem === null) message = onSet(model.id, c.id, parsed.entry);
    else if (parsed.problem === 'not-a-number') message = t('entry.notANumber', { where, text: parsed.text });
    else if (parsed.problem === 'negative') message = t('entry.negative', { where, value: parsed.value });
    else if (parsed.problem === 'empty-range') message = t('entry.emptyRange', { where, lo: parsed.lo, hi: parsed.hi });
    else message = t('entry.aboveMax', { where, value: parsed.value, max: parsed.max });
    if (message) setProblem({ key, message: `${message} ${t('entry.notApplied')}` });
    else {
      setProblem(null);
      setDrafts(({ [key]: _, ...rest }) => rest);
    }
  };

  return (
    <div className="programme-entries">
      <p className="programme-sub">{t('entry.help')}</p>
      {problem && (
        <p role="alert" className="programme-problem">
          {problem.message}
        </p>
      )}
      <table>
        <caption>{t('entry.table', { round: round.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rounds.team')}</th>
            {scheme.components.map((c) => (
              <th scope="col" key={c.id}>
                {c.label} <span className="programme-sub">/{c.maxPoints}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              {scheme.components.map((c) => {
                const key = `${m.id}|${c.id}`;
                return (
                  <td key={c.id}>
                    <input
                      type="text"
                      inputMode="decimal"
                      size={9}
                      aria-label={`${m.name} · ${c.label}`}
                      aria-invalid={problem?.key === key}
                      placeholder={c.computed ? t('entry.computed') : ''}
                      value={drafts[key] ?? entryText(entryOf(m.id, c.id))}
                      onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
                      onBlur={() => commit(m, c)}
                      onKeyDown={(e) => e.key === 'Enter' && commit(m, c)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
