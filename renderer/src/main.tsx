import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { COMPARISON_VIEW, REPORT_QUERY, REPORT_VIEW_QUERY } from '../../shared/api/http';
import { ApiProvider } from './api/ApiContext';
import { pickApi } from './api/transport';
import { App } from './App';
import { createI18n } from './i18n';
import { startLanguage } from './i18n/start-language';
import { ComparisonReportApp } from './report/ComparisonReportApp';
import { ReportApp } from './report/ReportApp';
import { useUiStore } from './state/ui-store';
import { applyTokens } from './styles/tokens';

/**
 * Start: pick the transport (Electron preload or the browser host's HTTP, which takes the token from
 * the address first), ask the host for its locale, choose the language (startLanguage), then render the workbench —
 * or, with ?report=<job>, only the printable report (with &view=comparison, the printable comparison).
 */
async function start() {
  applyTokens(document.documentElement.style);
  const api = pickApi();
  const query = new URL(window.location.href).searchParams;
  const reportJob = query.get(REPORT_QUERY);
  const comparison = query.get(REPORT_VIEW_QUERY) === COMPARISON_VIEW;
  const info = await api.getAppInfo({}).catch(() => null);
  if (info) useUiStore.getState().setAppInfo(info);
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = startLanguage({ host: info, browserLanguages });
  document.documentElement.lang = language;
  if (reportJob) document.documentElement.classList.add('report-mode');
  const i18n = createI18n(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiProvider api={api}>
          {reportJob ? (
            comparison ? (
              <ComparisonReportApp jobId={reportJob} />
            ) : (
              <ReportApp jobId={reportJob} />
            )
          ) : (
            <App />
          )}
        </ApiProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
