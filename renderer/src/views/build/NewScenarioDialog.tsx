import * as Dialog from '@radix-ui/react-dialog';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model } from '../../../../shared/domain/dataset';
import type { Scenario } from '../../../../shared/domain/scenario';
import { BUILD_NS } from '../../i18n';
import { newScenarioFrom } from '../../state/criteria-edits';
import { useScenarioStore } from '../../state/scenario-store';
import { coverage, modelMatches, NO_MODEL_FILTER, type BuildRole, type ModelFilter } from './model-choice';
import { useFileActions } from '../../files/FileActionsContext';
import './build.css';

const ROLES: readonly BuildRole[] = ['candidate', 'reference', 'none'];

/** The "New scenario…" button of the toolbar and its dialog (a new scenario over the current dataset). */
export function NewScenarioButton() {
  const { t } = useTranslation(BUILD_NS);
  const loaded = useScenarioStore((s) => s.scenario !== null);
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" disabled={!loaded}>
          {t('new.button')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog build-dialog">
          {open && <NewScenarioForm onDone={() => setOpen(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/**
 * Choose candidates and references (by name or by attributes: parameters, open weights, country, the dataset's
 * role), then benchmarks as criteria (search, language, category; each with how many of the chosen models have a
 * value), name the scenario and create it: it opens as the current document, unsaved.
 */
function NewScenarioForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation(BUILD_NS);
  const base = useScenarioStore((s) => s.scenario);
  const files = useFileActions();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Record<string, BuildRole>>({});
  const [chosen, setChosen] = useState<string[]>([]);
  const nameId = useId();
  if (!base) return null;
  const alternatives = base.dataset.models.filter((m) => roles[m.id] === 'candidate').map((m) => m.id);
  const references = base.dataset.models.filter((m) => roles[m.id] === 'reference').map((m) => m.id);
  const missing = [
    !name.trim() && t('new.needName'),
    !alternatives.length && t('new.needCandidate'),
    !chosen.length && t('new.needBenchmark'),
  ].filter(Boolean);
  const create = () => {
    void files.openNew(newScenarioFrom(base, { name: name.trim(), alternatives, references, criteria: chosen }));
    onDone();
  };
  return (
    <>
      <Dialog.Title className="dialog-title">{t('new.title')}</Dialog.Title>
      <Dialog.Description>{t('new.description', { dataset: base.dataset.name })}</Dialog.Description>
      <p className="build-field">
        <label htmlFor={nameId}>{t('new.name')}</label>{' '}
        <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </p>
      <ModelPicker scenario={base} roles={roles} onChange={setRoles} />
      <BenchmarkPicker scenario={base} models={[...alternatives, ...references]} chosen={chosen} onChange={setChosen} />
      <p className="build-summary" role="status">
        {t('new.summary', {
          candidates: alternatives.length,
          references: references.length,
          benchmarks: chosen.length,
        })}
        {missing.length > 0 && ` ${missing.join(' ')}`}
      </p>
      <div className="dialog-buttons">
        <Dialog.Close asChild>
          <button type="button">{t('new.cancel')}</button>
        </Dialog.Close>
        <button type="button" disabled={missing.length > 0} onClick={create}>
          {t('new.create')}
        </button>
      </div>
    </>
  );
}

function ModelPicker({
  scenario,
  roles,
  onChange,
}: {
  scenario: Scenario;
  roles: Record<string, BuildRole>;
  onChange(next: Record<string, BuildRole>): void;
}) {
  const { t } = useTranslation(BUILD_NS);
  const [filter, setFilter] = useState<ModelFilter>(NO_MODEL_FILTER);
  const models = scenario.dataset.models;
  const countries = useMemo(() => [...new Set(models.map((m) => m.country))].sort(), [models]);
  const shown = models.filter((m) => modelMatches(m, filter));
  const set = (change: Partial<ModelFilter>) => setFilter({ ...filter, ...change });
  const bound = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));
  const all = (role: BuildRole) => onChange({ ...roles, ...Object.fromEntries(shown.map((m) => [m.id, role])) });
  return (
    <fieldset className="build-section">
      <legend>{t('models.legend')}</legend>
      <div className="build-filters">
        <label>
          {t('models.text')} <input type="text" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label>
          {t('models.openWeights')}{' '}
          <select
            value={filter.openWeights}
            onChange={(e) => set({ openWeights: e.target.value as ModelFilter['openWeights'] })}
          >
            <option value="">{t('models.any')}</option>
            <option value="yes">{t('models.yes')}</option>
            <option value="no">{t('models.no')}</option>
          </select>
        </label>
        <label>
          {t('models.country')}{' '}
          <select value={filter.country} onChange={(e) => set({ country: e.target.value })}>
            <option value="">{t('models.any')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('models.group')}{' '}
          <select value={filter.group} onChange={(e) => set({ group: e.target.value })}>
            <option value="">{t('models.any')}</option>
            {(['candidate', 'reference', 'other'] as const).map((g) => (
              <option key={g} value={g}>
                {t(`models.datasetGroup.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('models.minParams')}{' '}
          <input type="number" min={0} onChange={(e) => set({ minParamsB: bound(e.target.value) })} />
        </label>
        <label>
          {t('models.maxParams')}{' '}
          <input type="number" min={0} onChange={(e) => set({ maxParamsB: bound(e.target.value) })} />
        </label>
      </div>
      <div className="build-bulk">
        <span>{t('models.shown', { shown: shown.length, total: models.length })}</span>
        <button type="button" onClick={() => all('candidate')} disabled={!shown.length}>
          {t('models.allCandidates')}
        </button>
        <button type="button" onClick={() => all('reference')} disabled={!shown.length}>
          {t('models.allReferences')}
        </button>
        <button type="button" onClick={() => all('none')} disabled={!shown.length}>
          {t('models.allNone')}
        </button>
      </div>
      <div className="build-table-wrap">
        <table className="build-table" aria-label={t('models.legend')}>
          <thead>
            <tr>
              <th scope="col">{t('models.column.name')}</th>
              <th scope="col">{t('models.column.params')}</th>
              <th scope="col">{t('models.column.openWeights')}</th>
              <th scope="col">{t('models.column.country')}</th>
              <th scope="col">{t('models.column.role')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <ModelRow
                key={m.id}
                model={m}
                role={roles[m.id] ?? 'none'}
                onChange={(r) => onChange({ ...roles, [m.id]: r })}
              />
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

function ModelRow({ model, role, onChange }: { model: Model; role: BuildRole; onChange(role: BuildRole): void }) {
  const { t } = useTranslation(BUILD_NS);
  return (
    <tr>
      <th scope="row">{model.name}</th>
      <td>{model.totalParamsB === null ? t('models.unknown') : t('models.paramsB', { n: model.totalParamsB })}</td>
      <td>{model.openWeights === null ? t('models.unknown') : t(model.openWeights ? 'models.yes' : 'models.no')}</td>
      <td>{model.country}</td>
      <td>
        <div role="radiogroup" aria-label={model.name} className="build-roles">
          {ROLES.map((r) => (
            <label key={r}>
              <input type="radio" name={`build-role-${model.id}`} checked={role === r} onChange={() => onChange(r)} />
              {t(`models.role.${r}`)}
            </label>
          ))}
        </div>
      </td>
    </tr>
  );
}

function BenchmarkPicker({
  scenario,
  models,
  chosen,
  onChange,
}: {
  scenario: Scenario;
  models: string[];
  chosen: string[];
  onChange(next: string[]): void;
}) {
  const { t } = useTranslation(BUILD_NS);
  const [text, setText] = useState('');
  const [language, setLanguage] = useState('');
  const [category, setCategory] = useState('');
  const benchmarks = scenario.dataset.benchmarks;
  const languages = useMemo(() => [...new Set(benchmarks.map((b) => b.language))].sort(), [benchmarks]);
  const categories = useMemo(() => [...new Set(benchmarks.map((b) => b.category))].sort(), [benchmarks]);
  const modelKey = models.join('\n');
  const covered = useMemo(() => coverage(scenario.dataset, modelKey.split('\n')), [scenario.dataset, modelKey]);
  const needle = text.trim().toLowerCase();
  const shown = benchmarks.filter(
    (b) =>
      (!needle || `${b.name}\n${b.aliases.join('\n')}`.toLowerCase().includes(needle)) &&
      (!language || b.language === language) &&
      (!category || b.category === category),
  );
  const picked = new Set(chosen);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((x) => x !== id), id] : chosen.filter((x) => x !== id));
  return (
    <fieldset className="build-section">
      <legend>{t('benchmarks.legend')}</legend>
      <div className="build-filters">
        <label>
          {t('benchmarks.search')} <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('benchmarks.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('models.any')}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('benchmarks.category')}{' '}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('models.any')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="build-bulk">
        <span>{t('benchmarks.shown', { shown: shown.length, total: benchmarks.length })}</span>
        <button
          type="button"
          disabled={!shown.length}
          onClick={() => onChange([...chosen, ...shown.map((b) => b.id).filter((id) => !picked.has(id))])}
        >
          {t('benchmarks.chooseShown')}
        </button>
        <button type="button" disabled={!chosen.length} onClick={() => onChange([])}>
          {t('benchmarks.clear')}
        </button>
      </div>
      <div className="build-table-wrap">
        <table className="build-table" aria-label={t('benchmarks.legend')}>
          <thead>
            <tr>
              <th scope="col">{t('benchmarks.column.name')}</th>
              <th scope="col">{t('benchmarks.column.language')}</th>
              <th scope="col">{t('benchmarks.column.category')}</th>
              <th scope="col">{t('benchmarks.column.coverage')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((b) => (
              <tr key={b.id}>
                <th scope="row">
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.has(b.id)}
                      onChange={(e) => toggle(b.id, e.target.checked)}
                    />{' '}
                    {b.name}
                  </label>
                </th>
                <td>{b.language}</td>
                <td>{b.category}</td>
                <td aria-label={t('benchmarks.coverageOf', { name: b.name })}>
                  {models.length ? `${covered.get(b.id) ?? 0}/${models.length}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
