/**
 * The renderer's Content-Security-Policy, sent as a response header for every page the app serves
 * (renderer/index.html carries the same policy as a meta tag, less frame-ancestors, which a meta tag cannot set). No remote origins, no eval, no inline
 * scripts; inline styles are allowed for the grid and chart libraries.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
