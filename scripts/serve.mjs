// @ts-check
/**
 * The production HTTP server: Next.js behind a plain Node server that decides
 * the client's address before the app sees the request. `next start` would
 * keep any X-Forwarded-For a client sends; here the header is replaced by the
 * one address the app may believe (lib/http/client-address.mjs), so login
 * throttling counts real clients. Started by `npm start` and the browser tests.
 *
 *   NODE_ENV=production node scripts/serve.mjs   (PORT, HOSTNAME, TRUSTED_PROXY from the environment)
 *
 * On SIGTERM (or SIGINT) it stops as docs/deploy.md describes: /readyz turns
 * 503 (lib/health/draining.ts), requests in flight finish for up to
 * SHUTDOWN_GRACE_MS (default 10 s), then it exits: 0 when every request
 * finished, 1 when the cap cut some off.
 */
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { clientAddress, trustedProxies } from "../lib/http/client-address.mjs";
import { prepareShutdown, shutdownGraceMs } from "../lib/http/graceful-shutdown.mjs";
import { serveCachedPage } from "../lib/page-cache/serve-cached-page.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const isTrusted = trustedProxies(process.env.TRUSTED_PROXY);
const graceMs = shutdownGraceMs(process.env.SHUTDOWN_GRACE_MS);

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const appUrl = process.env.APP_URL || `http://localhost:${port}`;

const server = createServer((request, response) => {
  // A fresh cached public page is a finished document: sent without the router (ADR 0012).
  if (serveCachedPage(request, response, { appUrl })) return;
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], isTrusted);
  if (address) request.headers["x-forwarded-for"] = address;
  else delete request.headers["x-forwarded-for"];
  delete request.headers["x-real-ip"];
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("服务器内部错误");
  });
});
server.keepAliveTimeout = 65_000;

const stop = prepareShutdown(server, {
  graceMs,
  onDone: ({ drained, cut }) => {
    if (drained) console.log("▶ 进行中的请求均已完成，服务已停止");
    else console.error(`✘ ${graceMs} 毫秒内仍有 ${cut} 个请求未完成，已中断`);
    process.exit(drained ? 0 : 1);
  },
});

server.listen(port, hostname, () => {
  console.log(`▶ 已在 ${hostname ?? "所有网络接口"} 的 ${port} 端口提供服务`);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    console.log(`▶ 收到 ${signal}：不再接受新连接，等待进行中的请求完成（最多 ${graceMs} 毫秒）`);
    stop();
  });
}
