const holder = globalThis as unknown as { __nianbaoDraining?: boolean };

/**
 * On SIGTERM Next.js stops accepting connections and lets requests in flight
 * (a save, a publication) finish before it exits. Readiness turns false at
 * once, so a load balancer still holding a kept-alive connection sends no new
 * work to this server meanwhile.
 */
export function watchForShutdown(): void {
  process.once("SIGTERM", () => {
    holder.__nianbaoDraining = true;
  });
}

export function isDraining(): boolean {
  return holder.__nianbaoDraining === true;
}
