// @ts-check
import { BlockList, isIP } from "node:net";

/**
 * Which address a request comes from, for login throttling and session
 * records. The TCP peer is the truth; an `X-Forwarded-For` header is only a
 * claim, believed when the peer is one of the reverse proxies named in
 * TRUSTED_PROXY (and then only up to the first hop that is not one). Without
 * TRUSTED_PROXY any forwarded header a client sends is ignored, so a forged
 * header can neither dodge the throttle nor lock someone else out.
 *
 * Plain JavaScript: the HTTP server (scripts/serve.mjs) runs outside the bundler.
 */

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is the IPv4 address. */
function plainAddress(/** @type {string} */ address) {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

/** A comma-separated TRUSTED_PROXY entry that is neither an address nor a CIDR range, if any. */
export function invalidProxyEntry(/** @type {string} */ value) {
  return entries(value).find((entry) => {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0) return true;
    if (prefix === undefined) return false;
    const bits = /^\d+$/.test(prefix) ? Number(prefix) : -1;
    return bits < 0 || bits > (family === 4 ? 32 : 128);
  });
}

function entries(/** @type {string} */ value) {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The trusted proxies as a matcher; `undefined` or "" trusts no one.
 * @param {string | undefined} value
 * @returns {(address: string) => boolean}
 */
export function trustedProxies(value) {
  const list = new BlockList();
  let any = false;
  for (const entry of entries(value ?? "")) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0) continue;
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
    any = true;
  }
  return (address) => {
    if (!any) return false;
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
  };
}

/**
 * The client's address: the TCP peer, or, when the peer is a trusted proxy,
 * the right-most address in X-Forwarded-For that is not a trusted proxy.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s) as received
 * @param {(address: string) => boolean} isTrusted
 * @returns {string | undefined}
 */
export function clientAddress(peer, forwardedFor, isTrusted) {
  const direct = peer === undefined ? undefined : plainAddress(peer);
  if (direct === undefined || !isTrusted(direct)) return direct;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((hop) => plainAddress(hop))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = /** @type {string} */ (hops[i]);
    // A trusted proxy that forwards garbage gets no say: the proxy itself is the client.
    if (isIP(hop) === 0) return direct;
    if (!isTrusted(hop)) return hop;
  }
  return hops[0] ?? direct;
}
