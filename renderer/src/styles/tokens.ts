/**
 * The one source of the workbench's colours, spacing and type: the stylesheets read these as CSS custom
 * properties (`var(--ink)`, `var(--space-md)`, `var(--font-size-sm)`), which `applyTokens` sets on the page at
 * startup; the ECharts options and the inline styles read the same objects. No other renderer file writes a
 * colour literal (tests/unit/house/colour-literals.test.ts).
 */

/** Colours by what they mark; the CSS name is the key in kebab case (`inkSoft` → `--ink-soft`). */
export const colour = {
  // Text
  ink: '#1f2933',
  inkSoft: '#52606d',
  inkFaint: '#7b8794',
  /** Notes and dates under a claim or a filter. */
  inkNote: '#555555',
  /** Secondary text in the Compare and programme views. */
  inkMuted: '#555b63',
  /** A claim that cannot be checked. */
  inkNeutral: '#5a5a5a',
  /** A gate that another gate already decided; a team out by a gate in the round chart. */
  inkShadowed: '#8a9099',
  onAccent: '#ffffff',

  // Rules and surfaces
  line: '#d9dde3',
  lineSoft: '#e9ecef',
  /** Table borders of the Compare and programme views. */
  rule: '#d0d4da',
  /** Row rules of the Claims table. */
  ruleLight: '#dddddd',
  /** A table head's rule in the report; a chart's category axis. */
  ruleStrong: '#9aa5b1',
  chartGrid: '#e5e7eb',
  bg: '#ffffff',
  bgSoft: '#f5f6f8',
  sectionBg: '#eef1f5',
  gridHeaderBg: '#f3f4f6',
  gridOddRowBg: '#fafafa',
  overlay: 'rgb(15 23 42 / 0.35)',
  shadowDialog: 'rgb(15 23 42 / 0.2)',
  shadowMenu: 'rgb(15 23 42 / 0.18)',

  // Accent (the composite bars, links, focus, the heatmap washes)
  accent: '#2f5d8a',
  accentSoft: '#e8eff6',
  /** The observation the policy used, in the observations panel. */
  accentFaint: '#eef4fa',

  // What-if overrides and missing values
  override: '#b7791f',
  overrideBg: '#fff8e6',
  overrideInk: '#7a4d00',
  missingHatch: '#f1f3f5',
  /** The two stripes of a programme cell with no value yet. */
  stateHatch: '#f4f5f7',
  stateHatchDark: '#e9ebee',

  // Verdicts
  error: '#b42318',
  errorBg: '#fef3f2',
  /** A refused filter, a contradicted claim. */
  danger: '#a3161b',
  /** A failed gate, an eliminated team, a Compare problem. */
  fail: '#a4141d',
  pass: '#14612a',
  verified: '#17643a',

  // Differences between scenarios (Compare)
  differsBg: '#fff4d6',
  differsRule: '#b36b00',
  differsInk: '#8a4f00',

  // Sensitivity and what it takes
  /** A points split that eliminates nobody (points-split chart). */
  splitNone: '#c8ced6',
  /** Rank shares, darkest for the first rank, to the lightest. */
  rankFirst: '#1f3f66',
  rankLast: '#dbe7f3',
  /** A section caption of the sensitivity charts. */
  inkCaption: '#3e4c59',
  /** A goal that holds; a lever that cannot reach it (what it takes). */
  goalHolds: '#1b6e2a',
  goalMissed: '#8a3b12',
  /** A benchmark-health flag's note (data quality). */
  healthInk: '#8a4b00',

  // Programme rounds
  advances: '#3b6fb6',
  outByScore: '#c0392b',
  cutLine: '#222222',
} as const;

/** Categorical colours for series (models, criteria, teams), distinguishable on screen and in print. */
export const seriesColours = [
  '#2f5d8a',
  '#c0392b',
  '#2e8b57',
  '#8e44ad',
  '#d35400',
  '#16a085',
  '#b8860b',
  '#5d6d7e',
  '#e84393',
  '#1e90ff',
  '#6d4c41',
  '#7cb342',
] as const;

/** Spacing steps in px (the CSS gets `--space-<step>: <n>px`). */
export const space = { xxs: 2, xs: 4, sm: 6, md: 8, lg: 12, xl: 16, xxl: 24 } as const;

/** Type: the UI family (the bundled Korean font), the one ECharts draws with, and the sizes in px. */
export const font = {
  family: "'Noto Sans KR', system-ui, sans-serif",
  /** ECharts ignores the page font, so every chart sets this. */
  chart: "'Noto Sans KR', sans-serif",
} as const;

export const fontSize = { xs: 11, sm: 12, md: 13, lg: 15 } as const;

/** Line heights in px (`--line-height-<name>`): the grid's header texts, which the header heights are computed from. */
export const lineHeight = { gridHeader: 17 } as const;

/**
 * The programme heatmap's ramps as HSL anchors: below the bar from red (`from`) to amber (`to`), at or above
 * it green from light (`from`) to darker (`to`).
 */
export const heatRamp = {
  below: { hue: { from: 0, to: 45 }, saturation: 85, lightness: { from: 78, to: 86 } },
  above: { hue: 130, saturation: 50, lightness: { from: 84, to: 70 } },
} as const;

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every token as a CSS custom property (name → value), the set `applyTokens` writes. */
export function cssCustomProperties(): Record<string, string> {
  const out: Record<string, string> = { '--font': font.family };
  for (const [key, value] of Object.entries(colour)) out[`--${kebab(key)}`] = value;
  for (const [key, value] of Object.entries(space)) out[`--space-${key}`] = `${value}px`;
  for (const [key, value] of Object.entries(fontSize)) out[`--font-size-${key}`] = `${value}px`;
  for (const [key, value] of Object.entries(lineHeight)) out[`--line-height-${kebab(key)}`] = `${value}px`;
  return out;
}

/** Sets the tokens on an element's style (at startup: on `<html>`, so every stylesheet's `var(--…)` resolves). */
export function applyTokens(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [name, value] of Object.entries(cssCustomProperties())) style.setProperty(name, value);
}

/** A `#rrggbb` colour token with an alpha (for washes whose strength follows a value). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${alpha.toFixed(3)})`;
}

/** An HSL colour from numbers (hue in degrees, saturation and lightness in percent, rounded). */
export function hsl(hue: number, saturation: number, lightness: number): string {
  return `hsl(${Math.round(hue)}, ${Math.round(saturation)}%, ${Math.round(lightness)}%)`;
}
