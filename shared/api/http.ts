/**
 * The browser host's wire protocol: POST {API_PREFIX}{method} with a JSON body (the request) and the
 * per-launch token in TOKEN_HEADER; the reply is an Envelope as JSON. Datasets cross as bytes instead (the
 * contract's binary methods, see BinaryWire in contract.ts). The page receives the token once
 * in its URL (?token=…), keeps it in sessionStorage and removes it from the address bar.
 */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-workbench-token';
export const TOKEN_QUERY = 'token';
/** The report view is the app opened with ?report=<job id>; it sets REPORT_READY_ATTR when printable. */
export const REPORT_QUERY = 'report';
export const REPORT_READY_ATTR = 'data-report-ready';
/** With ?report=<job id>, ?view=comparison prints a comparison job (getComparisonJob) instead of a scenario's report. */
export const REPORT_VIEW_QUERY = 'view';
export const COMPARISON_VIEW = 'comparison';
export type ReportView = typeof COMPARISON_VIEW;

/** The report view's address for a job, with its view named when it is not the scenario report. */
export function reportViewUrl(url: string, view?: ReportView): string {
  if (!view) return url;
  const address = new URL(url);
  address.searchParams.set(REPORT_VIEW_QUERY, view);
  return address.toString();
}
/** Largest request body the host accepts. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Largest dataset wire body (putDataset) the host accepts: 2,000,000 observations take about 150 MB. */
export const MAX_DATASET_BODY_BYTES = 1024 * 1024 * 1024;
