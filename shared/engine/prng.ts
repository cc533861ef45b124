/**
 * Seeded pseudo-random numbers, identical on every platform: SplitMix32 seeding into xoshiro128**
 * (Blackman & Vigna, 2018). createPrng returns uniform doubles in [0, 1) built from 53 random bits.
 */
export type Prng = () => number;

/**
 * The raw generator: uniform unsigned 32-bit integers, one at a time or a batch into a typed array. A class
 * (not closures) so that hot loops see one call target whatever the instance, and an Int32Array state so that
 * values above 2^30 are never boxed.
 */
export class Prng32 {
  /** The state, read and written by the sampler loops that inline the generator step (see fill). */
  readonly st = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    const splitmix = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    for (let k = 0; k < 4; k++) this.st[k] = splitmix();
  }

  next(): number {
    const st = this.st;
    const b = st[1];
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    st[2] ^= st[0];
    st[3] ^= b;
    st[1] ^= st[2];
    st[0] ^= st[3];
    st[2] ^= t;
    st[3] = rotl(st[3], 11);
    return result;
  }

  /** Writes the next `count` draws into out[0 … count): the same sequence as `count` calls of next(). */
  fill(out: Uint32Array, count: number): void {
    const st = this.st;
    let a = st[0];
    let b = st[1];
    let c = st[2];
    let d = st[3];
    for (let k = 0; k < count; k++) {
      const r = Math.imul(b, 5);
      out[k] = Math.imul((r << 7) | (r >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
  }
}

export function createPrng(seed: number): Prng {
  const g = new Prng32(seed);
  return () => ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) / 9007199254740992;
}

const rotl = (v: number, k: number) => (v << k) | (v >>> (32 - k));
