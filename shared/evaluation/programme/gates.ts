import type { Model } from '../../domain/dataset';
import type { Gate } from '../../domain/programme';

export interface GateOutcome {
  gate: string;
  label: string;
  pass: boolean;
  /** What was read, e.g. "fromScratch = no", "country = KR", or the ruling's reason. */
  detail: string;
  /** The gate's requirement (or the ruling's reason for a per-model verdict). */
  reason: string;
  source: string | null;
}

/**
 * One eligibility gate on one model. A failing gate eliminates regardless of score (programme.md,
 * NAVER Cloud: top 4 on score, eliminated on the independence requirement). When the attribute is
 * unknown (null), the gate's `unknown` setting decides.
 */
export function evaluateGate(gate: Gate, model: Model, frontierPass: boolean | null): GateOutcome {
  const out = (pass: boolean | null, detail: string, reason = gate.reason, source = gate.source): GateOutcome => ({
    gate: gate.id,
    label: gate.label,
    pass: pass ?? gate.unknown === 'pass',
    detail: pass === null ? `${detail} (unknown: ${gate.unknown}s)` : detail,
    reason,
    source,
  });
  const rule = gate.rule;
  switch (rule.kind) {
    case 'from-scratch':
      return out(
        model.fromScratch === null ? null : model.fromScratch === 'claimed',
        `fromScratch = ${model.fromScratch ?? 'unknown'}`,
      );
    case 'open-weights':
      return out(model.openWeights, `openWeights = ${model.openWeights ?? 'unknown'}`);
    case 'license': {
      const license = model.license;
      const pass = license === null ? null : rule.allow.some((a) => license.toLowerCase().includes(a.toLowerCase()));
      return out(pass, `license = ${license ?? 'unknown'}`);
    }
    case 'country': {
      const listed = rule.countries.some((c) => c.toUpperCase() === model.country.toUpperCase());
      const pass = model.country === '' ? null : rule.mode === 'in' ? listed : !listed;
      return out(pass, `country = ${model.country || 'unknown'}`);
    }
    case 'verdicts': {
      const v = rule.verdicts.find((x) => x.model === model.id);
      if (v) return out(v.pass, v.pass ? 'ruled to pass' : 'ruled to fail', v.reason, v.source ?? gate.source);
      return out(rule.otherwise === 'pass', `no ruling (${rule.otherwise}s by default)`);
    }
    case 'frontier':
      return out(
        frontierPass,
        frontierPass === null
          ? 'nothing to compare with the frontier'
          : `frontier test ${frontierPass ? 'passed' : 'failed'}`,
      );
  }
}
