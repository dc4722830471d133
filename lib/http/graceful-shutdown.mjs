// @ts-check

/**
 * How the production server stops (docs/deploy.md, ADR 0029). Node's
 * `server.close()` stops listening and closes idle kept-alive connections,
 * but a connection whose request was in flight stays kept alive after its
 * response, so close() would wait for the keep-alive timeout (65 s) and the
 * process would sit out the whole grace period after every in-flight save.
 * Here every response finished after the signal closes its connection, so
 * the server is done as soon as the last request in flight is.
 *
 * Plain JavaScript: the HTTP server (scripts/serve.mjs) runs outside the bundler.
 */

const DEFAULT_GRACE_MS = 10_000;

/** SHUTDOWN_GRACE_MS: how long requests in flight may run after the signal (default 10 s). */
export function shutdownGraceMs(/** @type {string | undefined} */ value) {
  if (value === undefined || value.trim() === "") return DEFAULT_GRACE_MS;
  if (!/^\d+$/.test(value.trim()))
    throw new Error(`SHUTDOWN_GRACE_MS must be a whole number of milliseconds, not "${value}"`);
  return Number(value.trim());
}

/**
 * @typedef {{ drained: boolean, cut: number }} ShutdownOutcome
 *   drained: every request in flight finished; cut: connections still open at the cap, cut off.
 */

/**
 * Prepares `server` to stop. The returned function, called on a signal,
 * stops accepting connections, closes idle ones at once (kept alive after a
 * response, or opened and never used: Node counts the latter as awaiting a
 * request and would wait for them), lets the requests in flight finish (each on a connection that closes after its
 * response) and then calls `onDone`; after `graceMs` it cuts the connections
 * still open instead, so their clients see the connection end rather than an
 * answer. Calling it again does nothing. Call this before the server gets
 * its first request.
 *
 * @param {import("node:http").Server} server
 * @param {{ graceMs: number, onDone: (outcome: ShutdownOutcome) => void }} options
 * @returns {() => void}
 */
export function prepareShutdown(server, { graceMs, onDone }) {
  let stopping = false;
  /** @type {Set<import("node:http").ServerResponse>} */
  const unfinished = new Set();
  /** @type {Set<import("node:net").Socket>} */
  const connections = new Set();
  server.on("connection", (socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
  });

  const closeAfter = (/** @type {import("node:http").ServerResponse} */ response) => {
    if (!response.headersSent) response.setHeader("connection", "close");
    // A response whose headers were already sent keeps its connection alive: close it once idle.
    response.once("finish", () => server.closeIdleConnections());
  };

  // Before the app's own listener, which may answer synchronously.
  server.prependListener("request", (_request, response) => {
    unfinished.add(response);
    response.once("close", () => unfinished.delete(response));
    if (stopping) closeAfter(response);
  });

  return function stop() {
    if (stopping) return;
    stopping = true;
    let done = false;
    const finish = (/** @type {boolean} */ drained) => {
      if (done) return;
      done = true;
      clearTimeout(cap);
      const cut = drained ? 0 : connections.size;
      for (const socket of connections) socket.destroy();
      onDone({ drained, cut });
    };
    const cap = setTimeout(() => finish(false), graceMs);
    server.close(() => finish(true));
    server.closeIdleConnections();
    for (const socket of connections) if (socket.bytesRead === 0) socket.destroy();
    for (const response of unfinished) closeAfter(response);
  };
}
