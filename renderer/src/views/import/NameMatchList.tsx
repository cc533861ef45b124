import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';

const SKIP = '\u0000skip';

interface Props {
  kind: 'models' | 'benchmarks';
  /** Names in the file to show: the unrecognised ones and those already mapped. */
  names: string[];
  chosen: Record<string, string | null>;
  disabled: boolean;
  onChange(chosen: Record<string, string | null>): void;
}

/** One select per name in the file: a known model (or benchmark) of the dataset, "skip", or not recognised. */
export function NameMatchList({ kind, names, chosen, disabled, onChange }: Props) {
  const { t } = useTranslation(IMPORT_NS);
  const known = useScenarioStore((s) =>
    kind === 'models' ? s.scenario?.dataset.models : s.scenario?.dataset.benchmarks,
  );
  if (names.length === 0 || !known) return null;
  const set = (name: string, value: string) => {
    const next = { ...chosen };
    if (value === '') delete next[name];
    else next[name] = value === SKIP ? null : value;
    onChange(next);
  };
  return (
    <fieldset className="import-names">
      <legend>{t(`mapping.${kind}`)}</legend>
      {names.map((name) => (
        <NameSelect
          key={name}
          name={name}
          value={!Object.hasOwn(chosen, name) ? '' : chosen[name] === null ? SKIP : (chosen[name] as string)}
          options={known}
          disabled={disabled}
          onChange={(value) => set(name, value)}
        />
      ))}
    </fieldset>
  );
}

function NameSelect(props: {
  name: string;
  value: string;
  options: readonly { id: string; name: string }[];
  disabled: boolean;
  onChange(value: string): void;
}) {
  const { t } = useTranslation(IMPORT_NS);
  const id = useId();
  return (
    <div className="import-field">
      <label htmlFor={id}>{props.name}</label>
      <select id={id} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('mapping.unmatched')}</option>
        <option value={SKIP}>{t('mapping.skip')}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
