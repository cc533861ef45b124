"""NumPy baselines for `npm run bench` (tests/bench/engine.ts starts this script as a child process).

Usage: python3 numpy_reference.py <input folder>. The folder holds manifest.json and raw little-endian float64
files written by the engine bench, so both sides work on the same inputs. The script prints one JSON line
{"ready": true, "numpy": version}, then answers each request line "<figure> <runs>" with one JSON line
{"figure": ..., "ms": [...]} (wall-clock milliseconds per run, time.perf_counter around the work only), so the
bench can interleave engine and NumPy runs in one session. An empty line or end of input stops it.

Figures (the same work as the engine's):
  wsm            a weight edit, then min-max normalize (direction-aware, the normalized matrix built), aggregate
                 (matrix @ w) and competition-rank 10,000 x 200;
  wsm_folded     the same with the normalization folded into the weights (x @ (w/span) + const), as the engine does;
  smaa           SMAA-2 (Lahdelma & Salminen 2001), 10,000 samples, 5 x 60 normal measurements, weights uniform on
                 the simplex: rank acceptabilities, central weights and confidence factors, values scaled
                 onto [0, 1] over the union of the 95 % ranges, every value drawn (3,000,000 normals);
  smaa_collapsed the same by the engine's algorithm: each alternative's utility drawn from its normal distribution
                 given the weights (50,000 normals), the confidence scores likewise (250,000);
  promethee2_pairwise_<m>  PROMETHEE II net flows by the pairwise definition, one criterion at a time (m x m);
  promethee2_sorted_<m>    the same flows by sorted columns, searchsorted counts and prefix sums.
"""

import json
import os
import sys
import time

import numpy as np

Z95 = 1.959963984540054


def load(folder):
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)

    def matrix(spec):
        data = np.fromfile(os.path.join(folder, spec["file"]), dtype="<f8")
        return data.reshape(spec["rows"], spec["cols"])

    return manifest, matrix


def competition_ranks(scores):
    """1224 ranking, higher is better; equal scores share the best rank."""
    order = np.argsort(-scores, kind="stable")
    sorted_keys = -scores[order]
    return np.searchsorted(sorted_keys, -scores, side="left") + 1, order


def wsm_case(spec, matrix):
    x = matrix(spec)
    benefit = np.asarray(spec["benefit"], dtype=bool)
    base = np.asarray(spec["weights"], dtype=float)
    n = x.shape[1]
    state = {"edit": 0, "walked": base.copy()}

    def edited_weights():
        # the engine bench's slider walk: one weight set per run, the others as the previous run left them
        w = state["walked"]
        k = state["edit"]
        state["edit"] += 1
        w[k % n] = base[k % n] * (1 + 0.01 * (k % 7 + 1))
        return w / w.sum()

    def normalized_sum():
        w = edited_weights()
        lo = x.min(axis=0)
        hi = x.max(axis=0)
        span = hi - lo
        safe = np.where(span > 0, span, 1.0)
        normalized = np.where(benefit, (x - lo) / safe, (hi - x) / safe)
        normalized[:, span == 0] = 1.0
        return competition_ranks(normalized @ w)

    def folded_sum():
        w = edited_weights()
        lo = x.min(axis=0)
        hi = x.max(axis=0)
        span = hi - lo
        constant = span == 0
        off = np.where(benefit, lo, hi)
        div = np.where(constant, 1.0, np.where(benefit, span, -span))
        a = np.where(constant, 0.0, w / div)
        c = np.sum(np.where(constant, w, -a * off))
        return competition_ranks(x @ a + c)

    return normalized_sum, folded_sum


def smaa_case(spec, matrix):
    mu = matrix(spec["mu"])
    sd = matrix(spec["sd"])
    benefit = np.asarray(spec["benefit"], dtype=bool)
    samples = spec["samples"]
    rng = np.random.default_rng(spec["seed"])
    m, n = mu.shape
    # the big draws go into buffers allocated once, as the engine keeps its value draws in one reused buffer
    w = np.empty((samples, n))
    u = np.empty((samples, m, n))

    def run():
        lo = (mu - Z95 * sd).min(axis=0)
        hi = (mu + Z95 * sd).max(axis=0)
        span = hi - lo
        alpha = np.where(span > 0, np.where(benefit, 1 / span, -1 / span), 0.0)
        beta = np.where(span > 0, np.where(benefit, -lo / span, hi / span), 0.0)
        c0 = alpha * mu + beta
        c1 = alpha * sd
        rng.standard_exponential(out=w)
        np.divide(w, w.sum(axis=1, keepdims=True), out=w)
        rng.standard_normal(out=u)
        np.multiply(u, c1, out=u)
        np.add(u, c0, out=u)
        utility = np.einsum("smn,sn->sm", u, w)
        rank = (utility[:, None, :] > utility[:, :, None]).sum(axis=2)
        acceptability = np.bincount((np.arange(m) * m + rank).ravel(), minlength=m * m).reshape(m, m) / samples
        first = rank == 0
        first_count = first.sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            central = (first.T.astype(float) @ w) / first_count[:, None]
        central = np.nan_to_num(central)
        value = u @ central.T  # value[s, k, i]: alternative k under the central weights of i
        own = np.einsum("sii->si", value)
        confidence = np.where(first_count > 0, (value <= own[:, None, :]).all(axis=1).mean(axis=0), np.nan)
        return acceptability, central, confidence

    def collapsed():
        # The engine's algorithm for all-normal measurements: given w, utility k is N(w.c0_k, sum_j w_j^2 c1_kj^2),
        # independent across alternatives, so one normal draw per alternative (and m x m per confidence sample).
        lo = (mu - Z95 * sd).min(axis=0)
        hi = (mu + Z95 * sd).max(axis=0)
        span = hi - lo
        alpha = np.where(span > 0, np.where(benefit, 1 / span, -1 / span), 0.0)
        beta = np.where(span > 0, np.where(benefit, -lo / span, hi / span), 0.0)
        c0 = alpha * mu + beta
        c1sq = (alpha * sd) ** 2
        rng.standard_exponential(out=w)
        np.divide(w, w.sum(axis=1, keepdims=True), out=w)
        utility = w @ c0.T + np.sqrt((w * w) @ c1sq.T) * rng.standard_normal((samples, m))
        rank = (utility[:, None, :] > utility[:, :, None]).sum(axis=2)
        acceptability = np.bincount((np.arange(m) * m + rank).ravel(), minlength=m * m).reshape(m, m) / samples
        first = rank == 0
        first_count = first.sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            central = (first.T.astype(float) @ w) / first_count[:, None]
        central = np.nan_to_num(central)
        mean = central @ c0.T  # mean[i, k]: alternative k under the central weights of i
        scale = np.sqrt((central * central) @ c1sq.T)
        score = mean + scale * rng.standard_normal((samples, m, m))
        own = np.einsum("sii->si", score)
        confidence = np.where(first_count > 0, (score <= own[:, :, None]).all(axis=2).mean(axis=0), np.nan)
        return acceptability, central, confidence

    return run, collapsed


def preference_arrays(spec):
    kinds = [f["type"] for f in spec["preferences"]]
    q = np.array([f.get("q", 0.0) for f in spec["preferences"]])
    p = np.array([f.get("p", 0.0) for f in spec["preferences"]])
    return kinds, q, p


def pairwise_preference(kind, d, q, p):
    if kind == "usual":
        return (d > 0).astype(float)
    if kind == "u-shape":
        return (d > q).astype(float)
    if kind == "v-shape":
        return np.clip(d / p, 0.0, 1.0)
    if kind == "level":
        return 0.5 * (d > q) + 0.5 * (d > p)
    if kind == "linear":
        return np.clip((d - q) / (p - q), 0.0, 1.0)
    raise ValueError(kind)


def promethee_case(spec, matrix):
    x = matrix(spec)
    sign = np.where(np.asarray(spec["benefit"], dtype=bool), 1.0, -1.0)
    w = np.asarray(spec["weights"], dtype=float)
    w = w / w.sum()
    kinds, qs, ps = preference_arrays(spec)
    m, n = x.shape

    def pairwise():
        out = np.zeros(m)
        inn = np.zeros(m)
        for j in range(n):
            y = sign[j] * x[:, j]
            pref = pairwise_preference(kinds[j], y[:, None] - y[None, :], qs[j], ps[j])
            out += w[j] * pref.sum(axis=1)
            inn += w[j] * pref.sum(axis=0)
        phi = (out - inn) / (m - 1)
        return competition_ranks(phi)

    def sorted_columns():
        out = np.zeros(m)
        inn = np.zeros(m)
        for j in range(n):
            y = sign[j] * x[:, j]
            s = np.sort(y)
            kind = kinds[j]
            q = 0.0 if kind in ("usual", "v-shape") else qs[j]
            p = q if kind in ("usual", "u-shape") else ps[j]
            above_p = np.searchsorted(s, y - p, side="left")
            above_q = np.searchsorted(s, y - q, side="left")
            below_p = np.searchsorted(s, y + p, side="right")
            below_q = np.searchsorted(s, y + q, side="right")
            leaving = above_q - above_p
            entering = below_p - below_q
            if kind in ("linear", "v-shape"):
                c = s[m // 2]
                prefix = np.concatenate(([0.0], np.cumsum(s - c)))
                dl = leaving * (y - c - q) - (prefix[above_q] - prefix[above_p])
                de = (prefix[below_p] - prefix[below_q]) - entering * (y - c + q)
                plus = above_p + dl / (p - q)
                minus = m - below_p + de / (p - q)
            else:
                plus = above_p + 0.5 * leaving
                minus = m - below_p + 0.5 * entering
            out += w[j] * plus
            inn += w[j] * minus
        phi = (out - inn) / (m - 1)
        return competition_ranks(phi)

    return pairwise, sorted_columns


def main():
    manifest, matrix = load(sys.argv[1])
    figures = {}
    figures["wsm"], figures["wsm_folded"] = wsm_case(manifest["wsm"], matrix)
    figures["smaa"], figures["smaa_collapsed"] = smaa_case(manifest["smaa"], matrix)
    for spec in manifest["promethee"]:
        rows = spec["rows"]
        figures[f"promethee2_pairwise_{rows}"], figures[f"promethee2_sorted_{rows}"] = promethee_case(spec, matrix)
    print(json.dumps({"ready": True, "numpy": np.__version__}), flush=True)
    for line in sys.stdin:
        line = line.strip()
        if not line:
            break
        name, runs = line.split()
        times = []
        for _ in range(int(runs)):
            start = time.perf_counter()
            figures[name]()
            times.append((time.perf_counter() - start) * 1000)
        print(json.dumps({"figure": name, "ms": times}), flush=True)


if __name__ == "__main__":
    main()
