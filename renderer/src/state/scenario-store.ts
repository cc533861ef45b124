import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Dataset, ModelGroup } from '../../../shared/domain/dataset';
import {
  cellKey,
  type MethodName,
  type MissingPolicy,
  type ObservationPolicy,
  type Normalization,
  type Override,
  type PreferenceSetting,
  type Scenario,
  type Weighting,
} from '../../../shared/domain/scenario';
import type { Claim } from '../../../shared/domain/claims';
import { outsideScale } from '../../../shared/domain/value-rules';
import { withClaimAdded, withClaimReplaced, withoutClaim } from './claim-edits';
import { whileShown } from './while-shown';
import {
  asDirect,
  withCriterion,
  withCriterionGroup,
  withCriterionMoved,
  withGrouping,
  withGroupWeight,
  withoutCriterion,
  withPreference,
  withWeighting,
  type GroupingKind,
} from './criteria-edits';
import { withPointsEntry } from '../../../shared/evaluation/what-it-takes/scenario-edits';
import type { HealthFlag } from '../../../shared/domain/benchmark-health';
import { withCoverageRule, withHealthOverride, withHealthThresholds } from './quality-edits';

export interface ScenarioState {
  /** The scenario being edited; null until the first one is loaded. */
  scenario: Scenario | null;
  /** The scenario as last loaded or saved; the document is dirty while `scenario` is another object. */
  saved: Scenario | null;
  /** The file the scenario lives in; null for a bundled or restored scenario never saved. */
  path: string | null;
  /** Counts loaded documents: views key per-document state (the grid's sort, filters and scroll) on it. */
  generation: number;
  /** Replaces the shown scenario and forgets the undo history (the app opens documents with open-documents.ts). */
  load(scenario: Scenario, path: string | null, options?: { dirty?: boolean }): void;
  /** Records that the current scenario was written to `path`. */
  markSaved(path: string): void;
  /** One criterion's raw weight; edits carrying the same `gesture` are one undo step (see Gesture). */
  setWeight(benchmark: string, weight: number, gesture?: Gesture): void;
  setWeights(weight: number): void;
  /** A what-if value; one outside the benchmark's scale is refused (nothing changes). */
  setOverride(model: string, benchmark: string, value: number, note?: string): void;
  revertOverride(model: string, benchmark: string): void;
  revertAllOverrides(): void;
  /** Sets many what-if values at once (a pasted block): one change, so one undo step; none if any is outside its scale. */
  setOverrides(cells: { model: string; benchmark: string; value: number }[]): void;
  /**
   * Makes a model a candidate (appended to the alternatives), a reference, or neither ("other"): one
   * undo step. Refused (returns false, nothing changes) when it would remove the last candidate.
   */
  setModelRole(model: string, role: ModelGroup): boolean;
  setMissing(policy: MissingPolicy): void;
  setNormalization(normalization: Normalization): void;
  /** How a cell is chosen among several observations (kind and source priority; manual choices are kept). */
  setObservationPolicy(change: Partial<Pick<ObservationPolicy, 'kind' | 'priority' | 'settingPreference'>>): void;
  /** Pins one observation for a cell, or (null) lets the policy choose again. */
  setManualChoice(model: string, benchmark: string, observation: string | null): void;
  /** The aggregation method; `v` is VIKOR's weight of the majority rule (kept when not given). */
  setMethod(name: MethodName, v?: number): void;
  /** Adds a criterion at the end, removes one (never the last) or moves one a place up or down: one undo step each. */
  addCriterion(benchmark: string): void;
  removeCriterion(benchmark: string): void;
  moveCriterion(benchmark: string, by: -1 | 1): void;
  /** Groups the criteria by language, category or language › category (or removes the groups). */
  setGrouping(kind: GroupingKind): void;
  setGroupWeight(id: string, weight: number, gesture?: Gesture): void;
  /** Puts a criterion in a group (null: in none). */
  setCriterionGroup(benchmark: string, group: string | null): void;
  /** Weights derived by an elicitation method (one per criterion, summing to 1), recorded with its inputs. */
  applyWeighting(weighting: Weighting, weights: readonly number[]): void;
  /** A criterion's PROMETHEE II preference function (null: usual). */
  setPreference(benchmark: string, preference: PreferenceSetting | null): void;
  /**
   * Exact panel points for one model × component of a round (the entry the Rounds view shows; "what it takes"):
   * one undo step. Refused (false, nothing changes) without such a round, or for points outside 0 … the maximum.
   */
  setPointsEntry(round: string, model: string, component: string, points: number, note?: string): boolean;
  /** Replaces the scenario with an edited copy (views that build the next scenario themselves). */
  replace(next: Scenario): void;
  /** Replaces the scenario's dataset with an imported one: one change, so one undo step. */
  importDataset(dataset: Dataset): void;
  /** Claims (shared/domain/claims.ts), one undo step each; refused (false, nothing changes) on a taken id or unknown model/benchmark. */
  addClaim(claim: Claim): boolean;
  updateClaim(id: string, claim: Claim): boolean;
  deleteClaim(id: string): void;
  /** Renames the scenario (one undo step); a name that is empty or too long is refused (returns false). */
  rename(name: string): boolean;
  /** The scenario's notes and author (one undo step each call). */
  setDetails(details: Partial<Pick<Scenario, 'notes' | 'author'>>): void;
  /** The coverage rule's minimum share of criteria with a value (see shared/evaluation/coverage.ts). */
  setCoverageRule(minShare: number): void;
  /** Benchmark-health thresholds (saturation margin, spread threshold), in each benchmark's unit. */
  setHealthThresholds(change: { saturationMargin?: number; spreadThreshold?: number }): void;
  /** Sets one benchmark's health flag by hand with a note, or (null) goes back to the derived flag. */
  setHealthOverride(benchmark: string, flag: HealthFlag, ruling: { value: boolean; note: string } | null): void;
}

/** The longest scenario name the schema accepts. */
export const MAX_NAME_LENGTH = 300;

/** `scenario` named `name` (trimmed), or null when that name is empty or longer than the schema allows. */
export function renamed(scenario: Scenario, name: string): Scenario | null {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) return null;
  return trimmed === scenario.name ? scenario : { ...scenario, name: trimmed };
}

/** `scenario` with the notes and author given (the same object when nothing changes). */
export function withDetails(scenario: Scenario, details: Partial<Pick<Scenario, 'notes' | 'author'>>): Scenario {
  const notes = details.notes ?? scenario.notes;
  const author = details.author ?? scenario.author;
  return notes === scenario.notes && author === scenario.author ? scenario : { ...scenario, notes, author };
}

/**
 * One user gesture, the unit of undo: a slider drag (pointer down … moves … up), one key press on a slider (a held
 * key's auto-repeat is the same press), typing into a number field until Enter or blur. A view makes a new Gesture
 * when one starts and passes it with each edit it causes; consecutive edits with the same Gesture are one undo step.
 * Edits without one (menus, buttons, paste, import) are a step each. No end event is needed: the next gesture has
 * another identity, and any other edit, undo or redo in between ends the run (see `gestureRun`).
 */
export type Gesture = { readonly gesture: true };
export const newGesture = (): Gesture => ({ gesture: true });

/** The gesture of the edit being applied (set by inGesture around it), and the last recorded run. */
let pendingGesture: Gesture | null = null;
let gestureRun: { gesture: Gesture; scenario: Scenario | null } | null = null;

/** The history recorder (zundo's handleSet): an edit continuing the current gesture's run adds no step. */
type Recorder = (past: unknown, replace: unknown, current: HistoryState, delta?: unknown) => void;
interface HistoryState {
  scenario: Scenario | null;
}
const coalesceGestures =
  (record: Recorder): Recorder =>
  (past, replace, current, delta) => {
    const gesture = pendingGesture;
    // The run continues only while the scenario is still the one its last edit made (no undo, no other edit since).
    const continues =
      gesture !== null && gestureRun?.gesture === gesture && gestureRun.scenario === (past as HistoryState).scenario;
    if (!continues) record(past, replace, current, delta);
    gestureRun = gesture ? { gesture, scenario: current.scenario } : null;
  };

/**
 * Runs `apply` as part of `gesture`: every store edit it makes (directly or through a view's onChange) joins the
 * gesture's undo step. Nested calls without a gesture of their own keep the outer one.
 */
export function inGesture(gesture: Gesture | undefined, apply: () => void): void {
  const outer = pendingGesture;
  pendingGesture = gesture ?? outer;
  try {
    apply();
  } finally {
    pendingGesture = outer;
  }
}

const edit = (state: ScenarioState, change: (s: Scenario) => Scenario): Partial<ScenarioState> =>
  state.scenario ? { scenario: change(state.scenario) } : {};

/** Overrides the schema would accept: each inside its benchmark's scale (the grid names a refused cell first). */
const inScale = (sc: Scenario | null, cells: { benchmark: string; value: number }[]): boolean => {
  const scales = new Map(sc?.dataset.benchmarks.map((b) => [b.id, b.scale]));
  return cells.every((c) => {
    const scale = scales.get(c.benchmark);
    return scale !== undefined && !outsideScale(c.value, scale);
  });
};

/** The list with `id` appended at the end (order of the others kept), or the same list if it is there. */
const withModel = (ids: string[], id: string): string[] => (ids.includes(id) ? ids : [...ids, id]);
/** The list without `id`, or the same list if it is not there. */
const without = (ids: string[], id: string): string[] => (ids.includes(id) ? ids.filter((x) => x !== id) : ids);

const withoutOverride = (overrides: Override[], model: string, benchmark: string): Override[] =>
  overrides.filter((o) => cellKey(o.model, o.benchmark) !== cellKey(model, benchmark));

/**
 * The document store: one scenario, its file and its saved state, with undo/redo (zundo) over the
 * scenario only, one step per gesture. Every edit makes a new scenario object, so undo restores earlier objects and
 * "dirty" is an identity test against the saved one. Views read it through useScenarioStore (below).
 */
const scenarioStore = create<ScenarioState>()(
  temporal(
    (set) => ({
      scenario: null,
      saved: null,
      path: null,
      generation: 0,
      load(scenario, path, options) {
        performance.mark('sewb:scenario-loaded'); // read by `npm run bench`
        set((s) => ({ scenario, path, saved: options?.dirty ? null : scenario, generation: s.generation + 1 }));
        useScenarioStore.temporal.getState().clear();
      },
      markSaved(path) {
        set((s) => ({ saved: s.scenario, path }));
      },
      setWeight(benchmark, weight, gesture) {
        inGesture(gesture, () =>
          set((s) =>
            edit(s, (sc) => ({
              ...asDirect(sc),
              criteria: sc.criteria.map((c) => (c.benchmark === benchmark ? { ...c, weight } : c)),
            })),
          ),
        );
      },
      setWeights(weight) {
        set((s) => edit(s, (sc) => ({ ...asDirect(sc), criteria: sc.criteria.map((c) => ({ ...c, weight })) })));
      },
      setOverride(model, benchmark, value, note = '') {
        if (!inScale(useScenarioStore.getState().scenario, [{ benchmark, value }])) return;
        set((s) =>
          edit(s, (sc) => ({
            ...sc,
            overrides: [...withoutOverride(sc.overrides, model, benchmark), { model, benchmark, value, note }],
          })),
        );
      },
      revertOverride(model, benchmark) {
        set((s) => edit(s, (sc) => ({ ...sc, overrides: withoutOverride(sc.overrides, model, benchmark) })));
      },
      revertAllOverrides() {
        set((s) => edit(s, (sc) => (sc.overrides.length ? { ...sc, overrides: [] } : sc)));
      },
      setOverrides(cells) {
        if (!cells.length || !inScale(useScenarioStore.getState().scenario, cells)) return;
        const keys = new Set(cells.map((c) => cellKey(c.model, c.benchmark)));
        set((s) =>
          edit(s, (sc) => ({
            ...sc,
            overrides: [
              ...sc.overrides.filter((o) => !keys.has(cellKey(o.model, o.benchmark))),
              ...cells.map((c) => ({ ...c, note: '' })),
            ],
          })),
        );
      },
      setModelRole(model, role) {
        const sc = useScenarioStore.getState().scenario;
        if (!sc) return false;
        const alternatives = role === 'candidate' ? withModel(sc.alternatives, model) : without(sc.alternatives, model);
        const references = role === 'reference' ? withModel(sc.references, model) : without(sc.references, model);
        if (!alternatives.length) return false;
        if (alternatives !== sc.alternatives || references !== sc.references)
          set({ scenario: { ...sc, alternatives, references } });
        return true;
      },
      setMissing(missing) {
        set((s) => edit(s, (sc) => ({ ...sc, missing })));
      },
      setNormalization(normalization) {
        set((s) => edit(s, (sc) => ({ ...sc, normalization })));
      },
      setObservationPolicy(change) {
        set((s) => edit(s, (sc) => ({ ...sc, observationPolicy: { ...sc.observationPolicy, ...change } })));
      },
      setManualChoice(model, benchmark, observation) {
        set((s) =>
          edit(s, (sc) => {
            const { [cellKey(model, benchmark)]: _previous, ...manual } = sc.observationPolicy.manual;
            return {
              ...sc,
              observationPolicy: {
                ...sc.observationPolicy,
                manual: observation === null ? manual : { ...manual, [cellKey(model, benchmark)]: observation },
              },
            };
          }),
        );
      },
      setMethod(name, v) {
        set((s) => edit(s, (sc) => ({ ...sc, method: { name, v: v ?? sc.method.v } })));
      },
      addCriterion(benchmark) {
        set((s) => edit(s, (sc) => withCriterion(sc, benchmark)));
      },
      removeCriterion(benchmark) {
        set((s) => edit(s, (sc) => withoutCriterion(sc, benchmark)));
      },
      moveCriterion(benchmark, by) {
        set((s) => edit(s, (sc) => withCriterionMoved(sc, benchmark, by)));
      },
      setGrouping(kind) {
        set((s) => edit(s, (sc) => withGrouping(sc, kind)));
      },
      setGroupWeight(id, weight, gesture) {
        inGesture(gesture, () => set((s) => edit(s, (sc) => withGroupWeight(sc, id, weight))));
      },
      setCriterionGroup(benchmark, group) {
        set((s) => edit(s, (sc) => withCriterionGroup(sc, benchmark, group)));
      },
      applyWeighting(weighting, weights) {
        set((s) => edit(s, (sc) => withWeighting(sc, weighting, weights)));
      },
      setPreference(benchmark, preference) {
        set((s) => edit(s, (sc) => withPreference(sc, benchmark, preference)));
      },
      setPointsEntry(round, model, component, points, note = '') {
        const sc = useScenarioStore.getState().scenario;
        const r = sc?.programme?.rounds.find((x) => x.id === round);
        const max = sc?.programme?.schemes
          .find((x) => x.id === r?.scheme)
          ?.components.find((c) => c.id === component)?.maxPoints;
        if (!sc || max === undefined || !(points >= 0 && points <= max)) return false;
        set({ scenario: withPointsEntry(sc, round, model, component, points, note) });
        return true;
      },
      replace(next) {
        set({ scenario: next });
      },
      importDataset(dataset) {
        set((s) => edit(s, (sc) => ({ ...sc, dataset })));
      },
      addClaim(claim) {
        return applyClaimEdit((sc) => withClaimAdded(sc, claim));
      },
      updateClaim(id, claim) {
        return applyClaimEdit((sc) => withClaimReplaced(sc, id, claim));
      },
      deleteClaim(id) {
        applyClaimEdit((sc) => withoutClaim(sc, id));
      },
      rename(name) {
        const sc = useScenarioStore.getState().scenario;
        const next = sc && renamed(sc, name);
        if (!next) return false;
        if (next !== sc) set({ scenario: next });
        return true;
      },
      setDetails(details) {
        set((s) => edit(s, (sc) => withDetails(sc, details)));
      },
      setCoverageRule(minShare) {
        set((s) => edit(s, (sc) => withCoverageRule(sc, minShare)));
      },
      setHealthThresholds(change) {
        set((s) => edit(s, (sc) => withHealthThresholds(sc, change)));
      },
      setHealthOverride(benchmark, flag, ruling) {
        set((s) => edit(s, (sc) => withHealthOverride(sc, benchmark, flag, ruling)));
      },
    }),
    {
      partialize: (s) => ({ scenario: s.scenario }),
      equality: (past, current) => past.scenario === current.scenario,
      handleSet: (record) => coalesceGestures(record as unknown as Recorder),
      limit: 200,
    },
  ),
);

/** The document store's hook and API; in a hidden view the hook holds still (whileShown). */
export const useScenarioStore = whileShown(scenarioStore);

/** Applies a claim edit as one change; false (and no undo step) when the edit refused and left the scenario as it was. */
function applyClaimEdit(change: (s: Scenario) => Scenario): boolean {
  const sc = useScenarioStore.getState().scenario;
  if (!sc) return false;
  const next = change(sc);
  if (next === sc) return false;
  useScenarioStore.setState({ scenario: next });
  return true;
}

/** True while the scenario differs from the one last loaded or saved. */
export const selectDirty = (s: ScenarioState): boolean => s.scenario !== null && s.scenario !== s.saved;
