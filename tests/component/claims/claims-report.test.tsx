import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { createI18n } from '../../../renderer/src/i18n';
import { ClaimsReportSection } from '../../../renderer/src/report/ClaimsReportSection';
import { csvValue } from '../../unit/claims/reference-csv';

const root = join(import.meta.dirname, '../../..');
const shipped = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const LG = 'https://biz.heraldcorp.com/article/10645893';

const printed = (scenario: Scenario, language: 'en' | 'ko' = 'en') =>
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <ClaimsReportSection scenario={scenario} />
    </I18nextProvider>,
  );
const rowOf = (text: RegExp) => screen.getByText(text).closest('tr')!;

describe('the report’s claims section', () => {
  it('lists every claim with its status, the computed figure and its sources', () => {
    printed(shipped);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(shipped.claims.length + 1);
    const ratio =
      (100 * csvValue('k-exaone-236b-a23b', 'lg-r1-common13-avg')) /
      csvValue('qwen3-235b-unspecified', 'lg-r1-common13-avg');
    const lg = rowOf(/104% of Qwen3 235B/);
    expect(lg).toHaveTextContent('Verified');
    expect(lg).toHaveTextContent(`${Number(ratio.toFixed(2))}% (claimed 104% ± 0.5)`);
    expect(lg).toHaveTextContent(LG);
    const if148 = rowOf(/148% of DeepSeek-V3.1/);
    expect(if148).toHaveTextContent('Not checkable');
    expect(if148).toHaveTextContent('no check can be formed');
    expect(rowOf(/as misreported/)).toHaveTextContent('Contradicted');
  });

  it('prints nothing for a scenario without claims, and speaks Korean', () => {
    const { container } = printed({ ...shipped, claims: [] });
    expect(container).toBeEmptyDOMElement();
    printed(shipped, 'ko');
    expect(screen.getByRole('heading', { name: '주장' })).toBeInTheDocument();
    expect(rowOf(/104% of Qwen3 235B/)).toHaveTextContent('확인됨');
  });
});
