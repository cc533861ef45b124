import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Model, ModelGroup } from '../../../../shared/domain/dataset';
import type { ModelFilter } from '../../../../shared/domain/model-filter';
import type { Scenario } from '../../../../shared/domain/scenario';
import { AttributeFilter, useModelsMeeting } from '../../components/AttributeFilter';
import { MODELS_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import { modelFacts } from './model-facts';
import './models.css';

const ROLES: readonly ModelGroup[] = ['candidate', 'reference', 'other'];
const FACT_COLUMNS = [
  'organization',
  'country',
  'totalParams',
  'activeParams',
  'releaseDate',
  'license',
  'openWeights',
  'fromScratch',
] as const;

/** Rows listed at most; a larger dataset is searched with the filter. */
export const MODELS_SHOWN = 500;

/** Each model's role in the scenario: a candidate is ranked, a reference sets the frontier, "other" is neither. */
function rolesOf(scenario: Scenario): (model: string) => ModelGroup {
  const candidates = new Set(scenario.alternatives);
  const references = new Set(scenario.references);
  return (model) => (candidates.has(model) ? 'candidate' : references.has(model) ? 'reference' : 'other');
}

/** Case-insensitive match of the filter text against the model's name or organization. */
const matches = (model: Model, filter: string): boolean => {
  const needle = filter.trim().toLowerCase();
  return !needle || `${model.name}\n${model.organization}`.toLowerCase().includes(needle);
};

/**
 * The Models dialog (content of a Dialog.Root, see ModelsButton): every model of the dataset with its
 * facts and its role in the scenario. Changing a role is one store action, so one undo step. The list is built
 * only while the dialog is open (a dataset may hold 10,000 models).
 */
export function ModelsDialog() {
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="dialog-overlay" />
      <Dialog.Content className="dialog models-dialog">
        <ModelsList />
      </Dialog.Content>
    </Dialog.Portal>
  );
}

function ModelsList() {
  const { t } = useTranslation(MODELS_NS);
  const scenario = useScenarioStore((s) => s.scenario);
  const setModelRole = useScenarioStore((s) => s.setModelRole);
  const [filter, setFilter] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [attributes, setAttributes] = useState<ModelFilter | null>(null);
  const meeting = useModelsMeeting(scenario, attributes);
  if (!scenario) return null;
  const models = scenario.dataset.models;
  const matching = models.filter((m) => matches(m, filter) && (!meeting || meeting.has(m.id)));
  const shown = matching.slice(0, MODELS_SHOWN);
  const roleOf = rolesOf(scenario);
  const change = (model: Model, role: ModelGroup) =>
    setRefusal(setModelRole(model.id, role) ? null : t('dialog.lastCandidate', { model: model.name }));
  return (
    <>
      <Dialog.Title className="dialog-title">{t('dialog.title')}</Dialog.Title>
      <Dialog.Description className="models-description">{t('dialog.description')}</Dialog.Description>
      <div className="models-filter">
        <label>
          {t('dialog.filter')}{' '}
          <input
            type="text"
            value={filter}
            placeholder={t('dialog.filterPlaceholder')}
            onChange={(e) => setFilter(e.target.value)}
          />
        </label>
        <span>{t('dialog.shown', { shown: matching.length, total: models.length })}</span>
      </div>
      <AttributeFilter
        value={attributes}
        onChange={setAttributes}
        shown={meeting ? meeting.size : models.length}
        total={models.length}
      />
      {refusal && (
        <p className="models-refusal" role="alert">
          {refusal}
        </p>
      )}
      <div className="models-table-wrap">
        <table className="models-table" aria-label={t('dialog.title')}>
          <thead>
            <tr>
              <th scope="col">{t('column.name')}</th>
              {FACT_COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {t(`column.${c}`)}
                </th>
              ))}
              <th scope="col">{t('column.role')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((model) => (
              <ModelRow key={model.id} model={model} role={roleOf(model.id)} onChange={change} />
            ))}
          </tbody>
        </table>
        {!shown.length && <p>{t('dialog.none', { filter })}</p>}
        {matching.length > shown.length && <p>{t('dialog.capped', { shown: shown.length })}</p>}
      </div>
      <div className="dialog-buttons">
        <Dialog.Close asChild>
          <button type="button">{t('dialog.close')}</button>
        </Dialog.Close>
      </div>
    </>
  );
}

function ModelRow({
  model,
  role,
  onChange,
}: {
  model: Model;
  role: ModelGroup;
  onChange(model: Model, role: ModelGroup): void;
}) {
  const { t } = useTranslation(MODELS_NS);
  const facts = modelFacts(model, t);
  return (
    <tr>
      <th scope="row">{model.name}</th>
      {FACT_COLUMNS.map((c) => (
        <td key={c}>{facts[c]}</td>
      ))}
      <td>
        <div role="radiogroup" aria-label={model.name} className="models-roles">
          {ROLES.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name={`model-role-${model.id}`}
                value={r}
                checked={role === r}
                onChange={() => onChange(model, r)}
              />
              {t(`role.${r}`)}
            </label>
          ))}
        </div>
      </td>
    </tr>
  );
}
