/**
 * Debian's Chromium, as every part of the project launches it: the PDF
 * renderer, the browser tests and the benchmarks. No sandbox (containers),
 * no GPU, and nothing that reaches for the network on its own.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
