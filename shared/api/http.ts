/**
 * The browser host's wire protocol: POST {API_PREFIX}{method} with a JSON body (the request) and the
 * per-launch token in TOKEN_HEADER; the reply is an Envelope as JSON. The page receives the token once
 * in its URL (?token=…), keeps it in sessionStorage and removes it from the address bar.
 */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-workbench-token';
export const TOKEN_QUERY = 'token';
/** The report view is the app opened with ?report=<job id>; it sets REPORT_READY_ATTR when printable. */
export const REPORT_QUERY = 'report';
export const REPORT_READY_ATTR = 'data-report-ready';
/** Largest request body the host accepts. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
