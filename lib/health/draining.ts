const holder = globalThis as unknown as { __nianbaoDraining?: boolean };

/**
 * On SIGTERM (or SIGINT) the server stops accepting connections and lets requests in flight
 * (a save, a publication) finish before it exits. Readiness turns false at
 * once, so a load balancer still holding a kept-alive connection sends no new
 * work to this server meanwhile.
 */
export function watchForShutdown(): void {
  // The server drains on either signal (scripts/serve.mjs); readiness must say so on both.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      holder.__nianbaoDraining = true;
    });
  }
}

export function isDraining(): boolean {
  return holder.__nianbaoDraining === true;
}
