/** Display formats shared by the programme views and report sections. */

/** Points with one decimal (published scores have one decimal). */
export const points = (value: number): string => value.toFixed(1);

/** A signed margin to the cut line: "+3.8", "−2.0" (minus sign, not hyphen). */
export const signed = (value: number): string =>
  value >= 0 ? `+${value.toFixed(1)}` : `\u2212${Math.abs(value).toFixed(1)}`;

/** A benchmark value as published (up to two decimals, trailing zeros dropped). */
export const score = (value: number): string => String(Math.round(value * 100) / 100);

/** A points range: "16.0 (14.0–18.0)" when undisclosed, "33.6" when exact. */
export const pointsRange = (r: { point: number; lo: number; hi: number }): string =>
  r.lo === r.hi ? points(r.point) : `${points(r.point)} [${points(r.lo)}–${points(r.hi)}]`;
