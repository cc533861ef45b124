import type { FrontierRules, Gate, Programme } from '../../domain/programme';
import { cellKey, type Scenario } from '../../domain/scenario';
import { indexDataset } from '../../dataset/index';
import { resolveCell } from '../../dataset/resolve';
import { formatNumber } from './format';
import { firstName, row, unionIds } from './rows';
import type { CompareValue, ComparisonRow, Section, ValueKind } from './types';

/** What the input rows read of each scenario: the scenario, its checked programme (or null) and normalized weights. */
export interface InputSide {
  scenario: Scenario;
  programme: Programme | null;
  /** Normalized weight per benchmark as the Weights view shows it; null when the scenario cannot be ranked. */
  weights: ReadonlyMap<string, number> | null;
}

const nameMap = <T extends { id: string; name: string }>(items: readonly T[]) =>
  new Map(items.map((x) => [x.id, x.name]));
const join = (items: readonly string[]): string => items.join(', ');

/**
 * The inputs table: every decision a scenario holds on top of its dataset, one row per thing and value, the
 * rows of what only some scenarios have included (null for the others), each flagged when the values differ.
 */
export function inputRows(sides: readonly InputSide[]): ComparisonRow[] {
  const scenarios = sides.map((s) => s.scenario);
  const models = scenarios.map((s) => nameMap(s.dataset.models));
  const benchmarks = scenarios.map((s) => nameMap(s.dataset.benchmarks));
  const modelName = (id: string) => firstName(models, id);
  const benchName = (id: string) => firstName(benchmarks, id);
  const out: ComparisonRow[] = [];
  const add = (
    section: Section,
    id: string,
    subject: string,
    field: string,
    kind: ValueKind,
    read: (s: InputSide, i: number) => CompareValue,
    context: string | null = null,
  ) => out.push(row({ section, id, subject, field, kind, context, values: sides.map(read) }));

  add('scenario', '', '', 'dataset', 'text', ({ scenario: s }) => `${s.dataset.name} (${s.dataset.id})`);
  add('scenario', '', '', 'observations', 'number', ({ scenario: s }) => s.dataset.observations.length);
  add('scenario', '', '', 'alternatives', 'text', ({ scenario: s }, i) =>
    join(s.alternatives.map((m) => models[i].get(m) ?? m)),
  );
  add('scenario', '', '', 'references', 'text', ({ scenario: s }, i) =>
    join(s.references.map((m) => models[i].get(m) ?? m)),
  );

  const criterion = (s: Scenario, b: string) => s.criteria.find((c) => c.benchmark === b);
  const grouped = scenarios.some((s) => s.groups.length > 0);
  for (const b of unionIds(
    scenarios.map((s) => s.criteria),
    (c) => c.benchmark,
  )) {
    add('criteria', b, benchName(b), 'rawWeight', 'number', ({ scenario }) => criterion(scenario, b)?.weight ?? null);
    add('criteria', b, benchName(b), 'weight', 'number', ({ weights }) => weights?.get(b) ?? null);
    if (grouped)
      add('criteria', b, benchName(b), 'group', 'text', ({ scenario }) => criterion(scenario, b)?.group ?? null);
  }
  for (const g of unionIds(
    scenarios.map((s) => s.groups),
    (x) => x.id,
  )) {
    const label = scenarios.flatMap((s) => s.groups).find((x) => x.id === g)!.label || g;
    add(
      'groups',
      g,
      label,
      'groupWeight',
      'number',
      ({ scenario }) => scenario.groups.find((x) => x.id === g)?.weight ?? null,
    );
  }

  add('method', '', '', 'method', 'term', ({ scenario }) => scenario.method.name);
  if (scenarios.some((s) => s.method.name === 'vikor'))
    add('method', '', '', 'vikorV', 'number', ({ scenario }) =>
      scenario.method.name === 'vikor' ? scenario.method.v : null,
    );
  add('method', '', '', 'normalization', 'term', ({ scenario }) => scenario.normalization);
  add('method', '', '', 'missing', 'term', ({ scenario }) => scenario.missing);

  add('observations', '', '', 'policy', 'term', ({ scenario }) => scenario.observationPolicy.kind);
  add('observations', '', '', 'sourcePriority', 'text', ({ scenario }) => join(scenario.observationPolicy.priority));
  add('observations', '', '', 'settingPreference', 'text', ({ scenario }) =>
    join(scenario.observationPolicy.settingPreference),
  );
  const pins = unionIds(
    scenarios.map((s) => Object.keys(s.observationPolicy.manual)),
    (k) => k,
  );
  for (const key of pins) {
    const [m, b] = key.split('|');
    add('observations', key, `${modelName(m)} · ${benchName(b)}`, 'pin', 'text', ({ scenario }) =>
      Object.hasOwn(scenario.observationPolicy.manual, key) ? scenario.observationPolicy.manual[key] : null,
    );
  }

  out.push(...overrideRows(scenarios, modelName, benchName));

  add('uncertainty', '', '', 'uncertainty', 'flag', ({ scenario }) => scenario.uncertainty.enabled);
  add('uncertainty', '', '', 'samples', 'number', ({ scenario }) => scenario.uncertainty.samples);
  add('uncertainty', '', '', 'seed', 'number', ({ scenario }) => scenario.uncertainty.seed);
  if (sides.some((s) => s.programme))
    add('uncertainty', '', '', 'benchmarkNoiseSd', 'number', ({ programme }) => programme?.benchmarkNoiseSd ?? null);

  out.push(...programmeRows(sides, modelName, benchName));
  return out;
}

/** One row per overridden cell: "dataset value → assumed value" (the dataset's value under that scenario's policy). */
function overrideRows(
  scenarios: readonly Scenario[],
  modelName: (id: string) => string,
  benchName: (id: string) => string,
): ComparisonRow[] {
  const cells = unionIds(
    scenarios.map((s) => s.overrides),
    (o) => cellKey(o.model, o.benchmark),
  );
  if (!cells.length) return [];
  const indexes = scenarios.map((s) => (s.overrides.length ? indexDataset(s.dataset) : null));
  return cells.map((key) => {
    const [m, b] = key.split('|');
    const values = scenarios.map((s, i): CompareValue => {
      const o = s.overrides.find((x) => x.model === m && x.benchmark === b);
      if (!o) return null;
      const dataset = resolveCell(indexes[i]!, s.observationPolicy, m, b, s.alternatives).value;
      return `${dataset === null ? '—' : formatNumber(dataset)} → ${formatNumber(o.value)}`;
    });
    return row({
      section: 'overrides',
      id: key,
      subject: `${modelName(m)} · ${benchName(b)}`,
      field: 'override',
      kind: 'text',
      values,
    });
  });
}

/** The frontier rules' rows (the programme's, or a round's own under `id`). */
function frontierRows(
  id: string,
  subject: string,
  rules: readonly (FrontierRules | null)[],
  modelName: (id: string) => string,
  benchName: (id: string) => string,
): ComparisonRow[] {
  if (rules.every((r) => r === null)) return [];
  const field = (name: string, kind: ValueKind, read: (r: FrontierRules) => CompareValue) =>
    row({ section: 'frontier', id, subject, field: name, kind, values: rules.map((r) => (r ? read(r) : null)) });
  return [
    field('evaluationDate', 'text', (r) => r.evaluationDate),
    field('windowMonths', 'number', (r) => r.windowMonths),
    field('threshold', 'number', (r) => r.threshold),
    field('referenceValue', 'term', (r) =>
      r.referenceValue.kind === 'model' ? modelName(r.referenceValue.model) : r.referenceValue.kind,
    ),
    field('aggregate', 'term', (r) => r.aggregate),
    field('passShare', 'number', (r) => r.passShare),
    field('frontierBenchmarks', 'term', (r) =>
      r.benchmarks ? join(r.benchmarks.map((b) => `${benchName(b.benchmark)} ×${formatNumber(b.weight)}`)) : 'criteria',
    ),
    field('excludeCountries', 'text', (r) => join(r.excludeCountries)),
    field('openWeightsOnly', 'flag', (r) => r.openWeightsOnly),
    field('excludeModels', 'text', (r) => join(r.excludeModels.map(modelName))),
    field('sameReport', 'flag', (r) => r.sameReport),
  ];
}

/** What a gate's rule reads, in the data's own words (countries, licences, per-model rulings ✓/✗). */
function gateDetail(gate: Gate, modelName: (id: string) => string): string {
  const rule = gate.rule;
  switch (rule.kind) {
    case 'license':
      return join(rule.allow);
    case 'country':
      return `${rule.mode} ${join(rule.countries)}`;
    case 'verdicts':
      return join(rule.verdicts.map((v) => `${modelName(v.model)} ${v.pass ? '✓' : '✗'}`));
    default:
      return '';
  }
}

function programmeRows(
  sides: readonly InputSide[],
  modelName: (id: string) => string,
  benchName: (id: string) => string,
): ComparisonRow[] {
  const programmes = sides.map((s) => s.programme);
  if (programmes.every((p) => p === null)) return [];
  const out: ComparisonRow[] = frontierRows(
    '',
    '',
    programmes.map((p) => p?.frontier ?? null),
    modelName,
    benchName,
  );
  const add = (
    section: Section,
    id: string,
    subject: string,
    field: string,
    kind: ValueKind,
    read: (p: Programme) => CompareValue,
    context: string | null = null,
  ) =>
    out.push(row({ section, id, subject, field, kind, context, values: programmes.map((p) => (p ? read(p) : null)) }));
  const labelOf = <T extends { id: string; label: string }>(lists: (readonly T[])[], id: string) =>
    lists.flat().find((x) => x.id === id)!.label;

  const gateLists = programmes.map((p) => p?.gates ?? []);
  for (const g of unionIds(gateLists, (x) => x.id)) {
    const label = labelOf(gateLists, g);
    const gate = (p: Programme) => p.gates.find((x) => x.id === g);
    add('gates', g, label, 'gateRule', 'term', (p) => gate(p)?.rule.kind ?? null);
    add('gates', g, label, 'gateDetail', 'text', (p) => {
      const x = gate(p);
      return x ? gateDetail(x, modelName) : null;
    });
    add('gates', g, label, 'gateOtherwise', 'term', (p) => {
      const rule = gate(p)?.rule;
      return rule?.kind === 'verdicts' ? rule.otherwise : null;
    });
    add('gates', g, label, 'gateUnknown', 'term', (p) => gate(p)?.unknown ?? null);
  }

  const schemeLists = programmes.map((p) => p?.schemes ?? []);
  for (const s of unionIds(schemeLists, (x) => x.id)) {
    const scheme = (p: Programme) => p.schemes.find((x) => x.id === s);
    const componentLists = programmes.map((p) => (p ? (scheme(p)?.components ?? []) : []));
    for (const c of unionIds(componentLists, (x) => x.id)) {
      const label = labelOf(componentLists, c);
      const component = (p: Programme) => scheme(p)?.components.find((x) => x.id === c);
      const context = labelOf(schemeLists, s);
      add('schemes', `${s}.${c}`, label, 'maxPoints', 'number', (p) => component(p)?.maxPoints ?? null, context);
      add('schemes', `${s}.${c}`, label, 'parent', 'text', (p) => component(p)?.parent ?? null, context);
      add(
        'schemes',
        `${s}.${c}`,
        label,
        'computed',
        'text',
        (p) => {
          const spec = component(p)?.computed;
          return spec
            ? `${spec.kind}: ${join(spec.benchmarks.map((b) => `${benchName(b.benchmark)} ×${formatNumber(b.weight)}`))}`
            : null;
        },
        context,
      );
    }
  }

  const roundLists = programmes.map((p) => p?.rounds ?? []);
  for (const r of unionIds(roundLists, (x) => x.id)) {
    const label = labelOf(roundLists, r);
    const round = (p: Programme) => p.rounds.find((x) => x.id === r);
    const read = (f: (x: NonNullable<ReturnType<typeof round>>) => CompareValue) => (p: Programme) => {
      const x = round(p);
      return x ? f(x) : null;
    };
    add(
      'rounds',
      r,
      label,
      'roundLabel',
      'text',
      read((x) => x.label),
    );
    add(
      'rounds',
      r,
      label,
      'roundDate',
      'text',
      read((x) => x.date),
    );
    add(
      'rounds',
      r,
      label,
      'entrants',
      'text',
      read((x) => join(x.entrants.map(modelName))),
    );
    add(
      'rounds',
      r,
      label,
      'cutKind',
      'term',
      read((x) => x.cut.kind),
    );
    add(
      'rounds',
      r,
      label,
      'cutCount',
      'number',
      read((x) => x.cut.count),
    );
    add(
      'rounds',
      r,
      label,
      'tieRule',
      'term',
      read((x) => x.tieRule),
    );
    add(
      'rounds',
      r,
      label,
      'roundGates',
      'text',
      read((x) => join(x.gates.map((g) => labelOf(gateLists, g)))),
    );
    add(
      'rounds',
      r,
      label,
      'scheme',
      'text',
      read((x) => labelOf(schemeLists, x.scheme)),
    );
    const own = sides.map((s) => (s.programme ? (round(s.programme)?.frontier ?? null) : null));
    out.push(...frontierRows(`round.${r}`, label, own, modelName, benchName));
    const entryLists = programmes.map((p) => (p ? (round(p)?.entries ?? []) : []));
    for (const key of unionIds(entryLists, (e) => `${e.model}|${e.component}`)) {
      const [m, c] = key.split('|');
      const entry = (p: Programme) => round(p)?.entries.find((e) => e.model === m && e.component === c);
      const componentLabel =
        programmes
          .flatMap((p) => p?.schemes ?? [])
          .flatMap((s) => s.components)
          .find((x) => x.id === c)?.label ?? c;
      add(
        'rounds',
        `${r}.${key}`,
        `${modelName(m)} · ${componentLabel}`,
        'entry',
        'text',
        (p) => {
          const e = entry(p);
          if (!e) return null;
          return e.kind === 'exact' ? formatNumber(e.points) : `${formatNumber(e.lo)}–${formatNumber(e.hi)}`;
        },
        label,
      );
    }
    const constraintLists = programmes.map((p) => (p ? (round(p)?.constraints ?? []) : []));
    for (const k of unionIds(constraintLists, (x) => x.label)) {
      add(
        'rounds',
        `${r}.constraint.${k}`,
        k,
        'constraint',
        'text',
        (p) => {
          const x = round(p)?.constraints.find((y) => y.label === k);
          return x ? `${formatNumber(x.lo)}–${formatNumber(x.hi)}: ${join(x.models.map(modelName))}` : null;
        },
        label,
      );
    }
  }
  return out;
}
