/**
 * The round-1 programme facts (data/reference/programme.md) as programme rules: the announced
 * 100-point scheme, the published scores, ranges for the undisclosed ones, the published field
 * averages as sum constraints, and the independence ruling.
 */
import type { FrontierRules, ProgrammeInput } from '../shared/domain/programme';

const LG = 'k-exaone-236b-a23b';
const SKT = 'ax-k1-519b-a33b';
const UPSTAGE = 'solar-open-100b';
const NAVER = 'hcx-seed-think-32b';
const NC = 'vaetki-112b-a10b';
const TEAMS = [LG, SKT, UPSTAGE, NAVER, NC];

const NEWSSPACE = 'https://newsspace.kr/news/article.html?no=11920';
const ZUM = 'https://m.news.zum.com/articles/103441924';
const MSIT = 'https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mPid=2&mId=4&bbsSeqNo=42&nttSeqNo=1212';
const HERALD = 'https://www.koreaherald.com/article/10657741';
const SBS = 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008405863';

export const frontierCheckRules: FrontierRules = {
  evaluationDate: '2026-01-15',
  windowMonths: 6,
  excludeCountries: [],
  openWeightsOnly: false,
  excludeModels: [],
  referenceValue: { kind: 'best' },
  benchmarks: null,
  aggregate: 'mean',
  threshold: 0.95,
  passShare: 1,
  sameReport: false,
};

const exact = (model: string, component: string, points: number, source: string, note = '') => ({
  kind: 'exact' as const,
  model,
  component,
  points,
  note,
  source,
});
const range = (model: string, component: string, lo: number, hi: number, note: string) => ({
  kind: 'range' as const,
  model,
  component,
  lo,
  hi,
  note,
  source: null,
});
const UNDISCLOSED_EXPERT =
  'undisclosed; the same range for the four teams, centred on the field mean without LG (27.8)';
const UNDISCLOSED_USER = 'undisclosed; the same range for the four teams, centred on the field mean without LG (19.7)';

/** Five-team sum of a published field average: 5 × average, ± half a unit of the last printed digit. */
const fieldSum = (average: number, halfUnit: number) => ({
  lo: 5 * (average - halfUnit),
  hi: 5 * (average + halfUnit),
});

export function round1Programme({ independenceGate }: { independenceGate: boolean }): ProgrammeInput {
  return {
    frontier: frontierCheckRules,
    gates: [
      {
        id: 'independence',
        label: '독자성 (independence)',
        reason:
          'A sovereign model is not a derivative of a foreign model: architecture design, data, weight initialisation and training are all done in-house; open-source parts only if re-initialised and trained independently (MSIT, 2026-01-15).',
        source: NEWSSPACE,
        unknown: 'fail',
        rule: {
          kind: 'verdicts',
          verdicts: [
            {
              model: NAVER,
              pass: false,
              reason:
                'Used the Qwen model’s vision/audio encoder and its weights as-is (pre-trained encoders linked to Chinese entities); judged not to meet the independence requirement despite a top-4 combined score.',
              source: HERALD,
            },
            ...[LG, SKT, UPSTAGE, NC].map((model) => ({
              model,
              pass: true,
              reason: 'No disqualifying independence issue in the round-1 ruling.',
              source: MSIT,
            })),
          ],
          otherwise: 'fail',
        },
      },
    ],
    schemes: [
      {
        id: 'round1-100',
        label: 'Round 1: 100 points (benchmarks 40, expert 35, user 25)',
        components: [
          { id: 'benchmark', label: '벤치마크 평가 (benchmarks)', maxPoints: 40, parent: null, computed: null },
          { id: 'nia', label: 'NIA 벤치마크', maxPoints: 10, parent: 'benchmark', computed: null },
          {
            id: 'common',
            label: '글로벌 공통 벤치마크 (13 common)',
            maxPoints: 20,
            parent: 'benchmark',
            computed: null,
          },
          {
            id: 'chosen',
            label: '글로벌 개별 벤치마크 (2 team-chosen)',
            maxPoints: 10,
            parent: 'benchmark',
            computed: null,
          },
          { id: 'expert', label: '전문가 평가 (expert panel)', maxPoints: 35, parent: null, computed: null },
          { id: 'user', label: '사용자 평가 (user panel)', maxPoints: 25, parent: null, computed: null },
        ],
      },
    ],
    rounds: [
      {
        id: 'round-1',
        label: independenceGate ? '1차 평가 (as announced)' : '1차 평가 (as planned)',
        date: '2026-01-15',
        entrants: TEAMS,
        cut: { kind: 'eliminate', count: 1 },
        tieRule: 'all-advance',
        gates: independenceGate ? ['independence'] : [],
        scheme: 'round1-100',
        frontier: null,
        entries: [
          exact(LG, 'benchmark', 33.6, NEWSSPACE, 'published'),
          exact(LG, 'nia', 9.2, ZUM, 'published (joint top); inside the published 33.6'),
          exact(LG, 'expert', 31.6, NEWSSPACE, 'published'),
          exact(LG, 'user', 25.0, NEWSSPACE, 'published'),
          exact(SKT, 'nia', 9.2, ZUM, 'published (joint top)'),
          range(SKT, 'common', 14, 18, 'undisclosed'),
          range(SKT, 'chosen', 4.5, 7.5, 'undisclosed'),
          range(UPSTAGE, 'nia', 7, 9.2, 'undisclosed; at most the joint top 9.2'),
          range(UPSTAGE, 'common', 10.3, 14.3, 'undisclosed'),
          exact(UPSTAGE, 'chosen', 10.0, NEWSSPACE, 'published (joint top)'),
          range(NAVER, 'benchmark', 26.4, 32.4, 'undisclosed; met the basic quantitative criteria (Korea Herald)'),
          range(
            NC,
            'benchmark',
            24.4,
            30.4,
            'undisclosed; did not meet the basic quantitative criteria (Korea Herald)',
          ),
          ...[SKT, UPSTAGE, NAVER, NC].flatMap((m) => [
            range(m, 'expert', 24.8, 30.8, UNDISCLOSED_EXPERT),
            range(m, 'user', 16.7, 22.7, UNDISCLOSED_USER),
          ]),
        ],
        constraints: [
          {
            label: 'benchmark field average 30.4',
            component: 'benchmark',
            models: TEAMS,
            ...fieldSum(30.4, 0.05),
            source: NEWSSPACE,
          },
          {
            label: 'expert field average 28.56',
            component: 'expert',
            models: TEAMS,
            ...fieldSum(28.56, 0.005),
            source: NEWSSPACE,
          },
          {
            label: 'user field average 20.76',
            component: 'user',
            models: TEAMS,
            ...fieldSum(20.76, 0.005),
            source: NEWSSPACE,
          },
          {
            label: 'five-team average total 79.7',
            component: null,
            models: TEAMS,
            ...fieldSum(79.7, 0.05),
            source: ZUM,
          },
        ],
        notes: independenceGate
          ? `Announced outcome: ${SBS}. NAVER Cloud eliminated on the independence gate, NC AI on the lowest total.`
          : 'The plan before the results: one of five eliminated on the 100-point total; no independence gate.',
      },
    ],
    benchmarkNoiseSd: 0,
  };
}

const RANGES = `Scores (data/reference/programme.md). Published: LG AI Research 33.6 + 31.6 + 25.0 = 90.2 (benchmark, expert, user);
NIA benchmark 9.2 for LG and SK Telecom (joint top); Upstage 10.0 on the team-chosen benchmarks; field averages
benchmark 30.4, expert 28.56, user 20.76, five-team total 79.7. Undisclosed scores are ranges (uniform in the Monte Carlo):
- benchmark (of 40): SK Telecom 9.2 + common 14–18 + chosen 4.5–7.5 (27.7–34.7); Upstage NIA 7–9.2 + common 10.3–14.3 + 10.0 (27.3–33.5);
  NAVER Cloud 26.4–32.4; NC AI 24.4–30.4 (Korea Herald: the four teams other than NC AI met the basic quantitative criteria).
- expert (of 35): 24.8–30.8 for each of the four; user (of 25): 16.7–22.7 for each of the four (nothing disclosed per team).
The midpoints reproduce the published averages exactly (benchmark 152.0 / 5 = 30.4, expert 142.8 / 5 = 28.56, user 103.8 / 5 = 20.76,
total 398.6 / 5 = 79.72 → 79.7). Each sample is also held to the published averages as sum constraints (5 × average ± half the last
printed digit), drawn exactly uniformly on the constrained ranges. Point values (exact scores and midpoints): LG 90.2, SK Telecom 78.7,
Upstage 77.9, NAVER Cloud 76.9, NC AI 74.9.
Tie rule at the cut line: teams tied with the last team above the line all advance (fewer may be eliminated).
Uncertainty: 10,000 samples, seed 20260115.`;

export const ROUND1_NOTES = {
  planned: `Round 1 as planned (2026-01-15): the five teams on the 100-point scheme (benchmarks 40 = NIA 10 + 13 common 20 + 2 team-chosen 10; expert 35; user 25), the lowest total eliminated; no eligibility gate.\n${RANGES}`,
  announced: `Round 1 as announced (2026-01-15): the 100-point scheme, the independence (독자성) gate failing NAVER Cloud whatever its score (Korea Herald 10657741; newsspace 11920), then the lowest total among the rest eliminated. Outcome published: LG AI Research, SK Telecom and Upstage advance; NAVER Cloud and NC AI eliminated.\n${RANGES}`,
};

export const FRONTIER_NOTES = `95% frontier check: the five candidates against the reference models released in [2025-07-15, 2026-01-15] (evaluation date 2026-01-15, window 6 months, both ends inclusive), on the scenario's criteria. Per benchmark the bar is the best reference value under the observation policy (each value from the candidates' own reports); a candidate's ratio is score / bar (bar / score when lower is better); the aggregate is the mean ratio, passing at 0.95. Reference models without a release date are listed as excluded. The closed frontier models in the window (GPT-5.1, GPT-5.2, Gemini 3 Pro, Claude Opus 4.5, Grok 4.1 Fast) have published values only on the Sogang University CSAT-math test (an independent measurement), not on these criteria, so they set no bar here; add that benchmark to the criteria to compare with them. The exact reference list of the programme was not published: this is an analyst's reading of the reported "95% of global models released within 6 months" target.`;
