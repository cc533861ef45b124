import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../../shared/dataset/provenance';

// Expectations from ../shared/reference/README.md: "model maker" / "maker of <id>" name the maker whose table holds
// the figure; an independent measurement read in the press is `news` with measured_by naming the organisation.
describe('whose figure an observation is', () => {
  it("is the maker's own only in the maker's own report", () => {
    expect(provenanceOf({ measuredBy: 'model maker' }, 'maker-report')).toBe('own');
    expect(provenanceOf({ measuredBy: 'model maker' }, 'news')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: 'model maker' }, 'secondary')).toBe('second-hand');
  });

  it("is second-hand for a comparator in another maker's table, the analyst's own entries and unknown measurers", () => {
    expect(provenanceOf({ measuredBy: 'maker of k-exaone-236b-a23b' }, 'maker-report')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: 'lm-evaluation-harness run' }, 'user')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: 'unknown' }, 'news')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: ' ' }, 'news')).toBe('second-hand');
  });

  it('is independent for a named third party, whatever page it was read on, and on its own page', () => {
    expect(provenanceOf({ measuredBy: 'Sogang University (Kim Jong-rak team)' }, 'news')).toBe('independent');
    expect(provenanceOf({ measuredBy: 'Artificial Analysis' }, 'secondary')).toBe('independent');
    expect(provenanceOf({ measuredBy: 'model maker' }, 'independent')).toBe('independent');
  });
});
