/**
 * The renderer's Content-Security-Policy: nothing but the app's own files, no inline
 * script, no remote anything. Main sends it as a header with every renderer file, and
 * the browser tests serve the renderer with the same header, so a violation fails there.
 */
const emptyStyleHash = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // Fluent UI's style engine (Griffel) adds EMPTY <style> elements and fills them with
  // insertRule, which CSP does not govern. This hash is the SHA-256 of the empty string:
  // it admits those empty elements and no inline style with any content.
  `style-src 'self' '${emptyStyleHash}'`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
