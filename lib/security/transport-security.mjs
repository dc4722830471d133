// @ts-check
/**
 * HTTPS deployments: when the app's public address (APP_URL) is https, the
 * session cookie carries `Secure` and every response tells the browser to use
 * HTTPS only for this host (HSTS), so a sign-in is never sent over plain HTTP.
 *
 * Plain JavaScript: the production server (scripts/serve.mjs) sends it with
 * the cached pages it answers itself.
 */

/** Two years, the usual preload-list minimum; no includeSubDomains: other county sites may share the domain. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000";

/** @param {string} appUrl */
export function servedOverHttps(appUrl) {
  return new URL(appUrl).protocol === "https:";
}

/**
 * The Strict-Transport-Security header for this deployment, or nothing over plain HTTP.
 * @param {string} appUrl
 * @returns {Record<string, string>}
 */
export function transportSecurityHeaders(appUrl) {
  return servedOverHttps(appUrl) ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {};
}
