import { Prng32 } from './prng';

/**
 * Samplers on one seeded xoshiro128** stream, so that a seed reproduces every draw on every platform.
 * uniform: 53-bit doubles in [0, 1) (the same sequence as createPrng); normal: the ziggurat method of
 * Marsaglia & Tsang (2000) with 128 layers, the layer index and the value taken from disjoint bits of one
 * 32-bit draw (Doornik 2005); exponential: the 256-layer exponential ziggurat of the same paper, again with
 * disjoint bits; gamma: Marsaglia & Tsang (2000), with the U^{1/α} boost for α < 1. The fill* batch forms
 * serve hot loops: no call or allocation per draw.
 */
const LAYERS = 128;
const R = 3.442619855899;
const SCALE = 16777216; // 2^24: the value part is a signed 25-bit integer
const kn = new Int32Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);
(() => {
  const v = 9.91256303526217e-3;
  let dn = R;
  let tn = dn;
  const q = v / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * SCALE);
  kn[1] = 0;
  wn[0] = q / SCALE;
  wn[LAYERS - 1] = dn / SCALE;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(v / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * SCALE);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / SCALE;
  }
})();

const E_LAYERS = 256;
const RE = 7.697117470131487;
const E_SCALE = 16777216; // 2^24: the value part is an unsigned 24-bit integer
const ke = new Int32Array(E_LAYERS);
const we = new Float64Array(E_LAYERS);
const fe = new Float64Array(E_LAYERS);
(() => {
  const v = 3.949659822581572e-3;
  let de = RE;
  let te = de;
  const q = v / Math.exp(-de);
  ke[0] = Math.floor((de / q) * E_SCALE);
  ke[1] = 0;
  we[0] = q / E_SCALE;
  we[E_LAYERS - 1] = de / E_SCALE;
  fe[0] = 1;
  fe[E_LAYERS - 1] = Math.exp(-de);
  for (let i = E_LAYERS - 2; i >= 1; i--) {
    de = -Math.log(v / de + Math.exp(-de));
    ke[i + 1] = Math.floor((de / te) * E_SCALE);
    te = de;
    fe[i] = Math.exp(-de);
    we[i] = de / E_SCALE;
  }
})();

const TWO_POW_53 = 9007199254740992;

export class Sampler {
  private readonly prng: Prng32;
  private raw = new Uint32Array(256);

  constructor(seed: number) {
    this.prng = new Prng32(seed);
  }

  uniform(): number {
    return ((this.prng.next() >>> 5) * 67108864 + (this.prng.next() >>> 6)) / TWO_POW_53;
  }

  normal(): number {
    const u = this.prng.next();
    const iz = u & (LAYERS - 1);
    const hz = (u | 0) >> 7;
    return Math.abs(hz) < kn[iz] ? hz * wn[iz] : this.slowNormal(u);
  }

  gamma(alpha: number): number {
    if (alpha < 1) return this.gamma(alpha + 1) * Math.pow(1 - this.uniform(), 1 / alpha);
    const d = alpha - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  fillUniform(out: Float64Array, count: number): void {
    const r = this.draw(2 * count);
    for (let k = 0; k < count; k++) out[k] = ((r[2 * k] >>> 5) * 67108864 + (r[2 * k + 1] >>> 6)) / TWO_POW_53;
  }

  fillNormal(out: Float64Array, count: number): void {
    const r = this.draw(count);
    for (let k = 0; k < count; k++) {
      const u = r[k];
      const iz = u & (LAYERS - 1);
      const hz = (u | 0) >> 7;
      // Two stores rather than one conditional expression: a merge with the slow path's (tagged) result
      // would make V8 box every fast-path double.
      if (Math.abs(hz) < kn[iz]) out[k] = hz * wn[iz];
      else out[k] = this.slowNormal(u);
    }
  }

  /**
   * out[k] = mean[k] + scale[k]·z_k, z_k the next `count` standard normals: the same values as `count` calls
   * of normal(). The generator step runs inline, its state in locals; a draw the fast path rejects writes the state
   * back for the rare path (slowNormal draws from the generator) and reads it again after.
   */
  fillScaledNormal(out: Float64Array, mean: Float64Array, scale: Float64Array, count: number): void {
    const st = this.prng.st;
    let a = st[0];
    let b = st[1];
    let c = st[2];
    let d = st[3];
    for (let k = 0; k < count; k++) {
      // the step of Prng32.fill
      const r = Math.imul(b, 5);
      const u = Math.imul((r << 7) | (r >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const iz = u & (LAYERS - 1);
      const hz = u >> 7;
      if (Math.abs(hz) < kn[iz]) out[k] = mean[k] + scale[k] * (hz * wn[iz]);
      else {
        st[0] = a;
        st[1] = b;
        st[2] = c;
        st[3] = d;
        out[k] = mean[k] + scale[k] * this.slowNormal(u >>> 0);
        a = st[0];
        b = st[1];
        c = st[2];
        d = st[3];
      }
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
  }

  /** The next `count` standard exponentials, as `count` single draws would give, the generator inline as above. */
  fillExponential(out: Float64Array, count: number): void {
    const st = this.prng.st;
    let a = st[0];
    let b = st[1];
    let c = st[2];
    let d = st[3];
    for (let k = 0; k < count; k++) {
      const r = Math.imul(b, 5);
      const u = Math.imul((r << 7) | (r >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const iz = u & (E_LAYERS - 1);
      const jz = u >>> 8;
      if (jz < ke[iz]) out[k] = jz * we[iz];
      else {
        st[0] = a;
        st[1] = b;
        st[2] = c;
        st[3] = d;
        out[k] = this.slowExponential(u >>> 0);
        a = st[0];
        b = st[1];
        c = st[2];
        d = st[3];
      }
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
  }

  private draw(count: number): Uint32Array {
    if (this.raw.length < count) this.raw = new Uint32Array(count * 2);
    this.prng.fill(this.raw, count);
    return this.raw;
  }

  /** The exponential ziggurat's rare path, starting from a rejected 32-bit draw. */
  private slowExponential(first: number): number {
    for (let u = first; ; u = this.prng.next()) {
      const iz = u & (E_LAYERS - 1);
      const jz = u >>> 8;
      if (jz < ke[iz]) return jz * we[iz];
      if (iz === 0) return RE - Math.log(1 - this.uniform());
      const x = jz * we[iz];
      if (fe[iz] + this.uniform() * (fe[iz - 1] - fe[iz]) < Math.exp(-x)) return x;
    }
  }

  /** The ziggurat's rare path (about 2.7 % of draws: the top layer, 1/128, and the wedges), from a rejected 32-bit draw. */
  private slowNormal(first: number): number {
    for (let u = first; ; u = this.prng.next()) {
      const iz = u & (LAYERS - 1);
      const hz = (u | 0) >> 7;
      if (Math.abs(hz) < kn[iz]) return hz * wn[iz];
      if (iz === 0) {
        // tail beyond R (Marsaglia 1964)
        let x: number;
        let y: number;
        do {
          x = -Math.log(1 - this.uniform()) / R;
          y = -Math.log(1 - this.uniform());
        } while (y + y < x * x);
        return hz > 0 ? R + x : -R - x;
      }
      const x = hz * wn[iz];
      if (fn[iz] + this.uniform() * (fn[iz - 1] - fn[iz]) < Math.exp(-0.5 * x * x)) return x;
    }
  }
}
