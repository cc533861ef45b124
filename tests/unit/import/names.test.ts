import { describe, expect, it } from 'vitest';
import { createNameMatcher, nameKey } from '../../../shared/dataset/names';
import { defaultDataset } from './fixtures';

const ds = defaultDataset();
const match = createNameMatcher(ds.models, ds.benchmarks);

describe('matching names to known models and benchmarks', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(nameKey('KMMLU-Pro')).toBe(nameKey('kmmlu pro'));
    expect(match.benchmark('KMMLU_Pro')).toBe('kmmlu-pro');
    expect(match.benchmark(' kmmlu pro ')).toBe('kmmlu-pro');
    expect(match.model('K-EXAONE')).toBe('k-exaone-236b-a23b');
    expect(match.model('gpt oss 120b')).toBe('gpt-oss-120b');
  });

  it('matches benchmark aliases the sources used, and folds super-script digits', () => {
    const aliased = ds.benchmarks.find((b) => b.aliases.length > 0)!;
    expect(match.benchmark(aliased.aliases[0].toUpperCase())).toBe(aliased.id);
    expect(match.benchmark('τ2-Bench Telecom')).toBe('tau2-telecom');
  });

  it('matches a repository-style name by its last segment', () => {
    expect(match.model('skt/A.X-K1')).toBe('ax-k1-519b-a33b');
    expect(match.model('upstage/Solar-Open-100B')).toBe('solar-open-100b');
  });

  it('matches nothing for unknown names', () => {
    expect(match.model('Model 12345')).toBeNull();
    expect(match.benchmark('TextVQA')).toBeNull();
  });
});
