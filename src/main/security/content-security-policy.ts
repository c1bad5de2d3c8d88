// The renderer may load only what the app ships: no remote scripts, styles, fonts, frames or
// connections anywhere, so even injected markup cannot send a case's contents off the machine.
// 'unsafe-inline' for styles only, because the editor and React set style attributes.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');

const headerName = 'Content-Security-Policy';

/**
 * Response headers with our policy in place of any the response carried. Header names are
 * case-insensitive, so every spelling of an existing CSP header is removed first.
 */
export function withContentSecurityPolicy(headers: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== headerName.toLowerCase()) result[name] = value;
  }
  result[headerName] = [CONTENT_SECURITY_POLICY];
  return result;
}
