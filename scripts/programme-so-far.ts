/**
 * "The programme so far" (data/reference/programme.md, data/programme.json): round 1 as announced (5 → 3), the
 * extra call adding the Motif Technologies consortium (2026-02-20), round 2 (early August 2026, 4 → 3) and the
 * final (end of 2026, → 2). Every score not published is a range with a label saying what it assumes.
 */
import type { ProgrammeFacts } from '../shared/domain/programme-facts';
import type { ProgrammeInput } from '../shared/domain/programme';
import { round1Programme } from './programme-round1';

const LG = 'k-exaone-236b-a23b';
const SKT = 'ax-k1-519b-a33b';
const UPSTAGE = 'solar-open-100b';
export const MOTIF = 'motif-2-12.7b-base';

/** The first source address of a later-round fact or a timeline event of data/programme.json. */
function sourceOf(facts: ProgrammeFacts, id: string): string {
  const fact = facts.laterRounds.find((f) => f.id === id) ?? facts.timeline.find((e) => e.id === id);
  const url = fact?.sources.find((s) => s.url !== null)?.url;
  if (!url) throw new Error(`data/programme.json: no source address for ${id}`);
  return url;
}

const range = (model: string, component: string, lo: number, hi: number, label: string) => ({
  kind: 'range' as const,
  model,
  component,
  lo,
  hi,
  note: label,
  source: null,
});

/** Assumed ranges of one later round: [benchmark of 40, expert of 35, user of 25] per team, each labelled. */
function laterRanges(round: string): ReturnType<typeof range>[] {
  const carried = (published: string) => `assumed (${round}): ${published}; nothing published for this round`;
  return [
    range(LG, 'benchmark', 29.6, 37.6, carried('round-1 published 33.6 ± 4')),
    range(LG, 'expert', 27.6, 35, carried('round-1 published 31.6 ± 4, at most 35')),
    range(LG, 'user', 21, 25, carried('round-1 published 25.0 − 4, at most 25')),
    range(SKT, 'benchmark', 25.7, 36.7, carried('round-1 assumed range 27.7–34.7 widened by 2 each side')),
    range(SKT, 'expert', 22.8, 32.8, carried('round-1 assumed range 24.8–30.8 widened by 2 each side')),
    range(SKT, 'user', 14.7, 24.7, carried('round-1 assumed range 16.7–22.7 widened by 2 each side')),
    range(UPSTAGE, 'benchmark', 25.3, 35.5, carried('round-1 assumed range 27.3–33.5 widened by 2 each side')),
    range(UPSTAGE, 'expert', 22.8, 32.8, carried('round-1 assumed range 24.8–30.8 widened by 2 each side')),
    range(UPSTAGE, 'user', 14.7, 24.7, carried('round-1 assumed range 16.7–22.7 widened by 2 each side')),
    range(MOTIF, 'benchmark', 20, 36, carried('no round-1 score (joined 2026-02-20); a wide range over the field')),
    range(MOTIF, 'expert', 20, 33, carried('no round-1 score (joined 2026-02-20); a wide range over the field')),
    range(MOTIF, 'user', 14, 24, carried('no round-1 score (joined 2026-02-20); a wide range over the field')),
  ];
}

const LATER_SCHEME = {
  id: 'later-100',
  label: 'Rounds 2 and final: 100 points assumed as in round 1 (benchmarks 40, expert 35, user 25)',
  components: [
    { id: 'benchmark', label: '벤치마크 평가 (benchmarks)', maxPoints: 40, parent: null, computed: null },
    { id: 'expert', label: '전문가 평가 (expert panel)', maxPoints: 35, parent: null, computed: null },
    { id: 'user', label: '사용자 평가 (user panel)', maxPoints: 25, parent: null, computed: null },
  ],
};

export function programmeSoFar(facts: ProgrammeFacts): ProgrammeInput {
  const round1 = round1Programme({ independenceGate: true });
  const [first] = round1.rounds ?? [];
  const advanced = facts.round1.outcomes.filter((o) => o.result === 'advanced');
  const model = (team: string) => {
    const m = facts.teams.find((t) => t.id === team)?.model;
    if (!m) throw new Error(`data/programme.json: round1.outcomes names unknown team ${team}`);
    return m;
  };
  return {
    ...round1,
    schemes: [...(round1.schemes ?? []), LATER_SCHEME],
    rounds: [
      {
        ...first,
        label: '1차 평가 (round 1 as announced, 5 → 3)',
        announced: {
          advancing: advanced.map((o) => model(o.team)),
          source: advanced[0]?.sources[0]?.url ?? null,
        },
      },
      {
        id: 'round-2',
        label: '2차 평가 (round 2, early August 2026, 4 → 3)',
        date: '2026-08-01',
        entrants: [MOTIF],
        admission: {
          date: '2026-02-20',
          label: 'extra call (패자부활전): the Motif Technologies consortium selected as the fourth team',
          source: sourceOf(facts, 'selected'),
        },
        cut: { kind: 'eliminate', count: 1 },
        tieRule: 'all-advance',
        gates: [],
        scheme: LATER_SCHEME.id,
        entries: laterRanges('round 2'),
        notes: `Round 2 "in early August 2026" (${sourceOf(facts, 'round-2')}); the day is not published, 2026-08-01 stands for it. The same three axes as round 1 (${sourceOf(facts, 'round-2-rules')}); their points are not published and are assumed as in round 1. Motif Technologies takes part with its base model's dataset entry (Motif 2 12.7B); its round-2 model (a 300B-class reasoning LLM) is not published.`,
      },
      {
        id: 'final',
        label: '최종 평가 (final, end of 2026, → 2)',
        date: '2026-12-31',
        cut: { kind: 'keep', count: 2 },
        tieRule: 'all-advance',
        gates: [],
        scheme: LATER_SCHEME.id,
        entries: laterRanges('final'),
        notes: `Two teams selected "by the end of 2026" (${sourceOf(facts, 'final')}); 2026-12-31 stands for the date. Scores are drawn independently of round 2, from the same assumed ranges.`,
      },
    ],
  };
}

export const PROGRAMME_SO_FAR_NOTES = `The programme so far: round 1 as announced on 2026-01-15 (the independence gate fails NAVER Cloud, NC AI has the lowest total: LG AI Research, SK Telecom and Upstage advance), the extra call adding the Motif Technologies consortium on 2026-02-20, round 2 in early August 2026 (four teams, one eliminated) and the final at the end of 2026 (two selected). Round 1's undisclosed scores are the ranges of "Round 1 as announced", and the Monte Carlo keeps only the draws that give the announced outcome. Nothing is published for round 2 or the final: each team's points there are assumed ranges, each labelled with what it assumes (Rounds view, beside the probabilities; the report lists them all). Uncertainty: 10,000 samples, seed 20260115; the Rounds view shows each team's probability of being among the final two.`;
