import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { prepareShutdown, shutdownGraceMs, type ShutdownOutcome } from "./graceful-shutdown.mjs";

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

/**
 * A plain Node server whose POST handler answers with the body it received, so a
 * test holds a request in flight for as long as it withholds the end of the body.
 */
async function startServer(graceMs: number) {
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => response.end(`got ${body}`));
  });
  server.keepAliveTimeout = 65_000;
  const outcomes: ShutdownOutcome[] = [];
  let reached: (value: ShutdownOutcome) => void = () => {};
  const done = new Promise<ShutdownOutcome>((resolve) => (reached = resolve));
  const stop = prepareShutdown(server, {
    graceMs,
    onDone: (outcome) => {
      outcomes.push(outcome);
      reached(outcome);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const port = (server.address() as AddressInfo).port;
  // The request has reached the app's handler: it is in flight.
  const received = () => new Promise((resolve) => server.once("request", resolve));
  return { server, stop, done, outcomes, port, received };
}

function post(port: number, agent: Agent) {
  const request = httpRequest({
    port,
    host: "127.0.0.1",
    method: "POST",
    agent,
    headers: { "content-length": 10 },
  });
  const response = new Promise<{ message: IncomingMessage; body: string }>((resolve, reject) => {
    request.on("response", (message) => {
      let body = "";
      message.on("data", (chunk: Buffer) => (body += chunk.toString()));
      message.on("end", () => resolve({ message, body }));
    });
    request.on("error", reject);
  });
  return { request, response };
}

/** A POST whose body is half sent: in the app's handler, waiting for the rest. */
async function halfSent(port: number, received: () => Promise<unknown>) {
  const agent = new Agent({ keepAlive: true });
  const { request, response } = post(port, agent);
  const inFlight = received();
  request.write("12345");
  await inFlight;
  return { agent, request, response };
}

describe("graceful shutdown", () => {
  it("lets a request in flight finish on a connection that then closes, and reports all drained", async () => {
    const { stop, done, port, received } = await startServer(10_000);
    const { agent, request, response } = await halfSent(port, received);
    stop();
    request.end("67890");
    const { message, body } = await response;
    expect(message.statusCode).toBe(200);
    expect(body).toBe("got 1234567890");
    expect(message.headers.connection).toBe("close");
    // Drained as soon as that response went out, not at the cap ten seconds on.
    expect(await done).toEqual({ drained: true, cut: 0 });
    agent.destroy();
  });

  it("closes idle connections at once (kept alive after an answer, or never used) and accepts no new one", async () => {
    const { server, stop, done, port } = await startServer(10_000);
    const agent = new Agent({ keepAlive: true });
    const { request, response } = post(port, agent);
    request.end("1234567890");
    const keptAlive = await new Promise<Socket>((resolve) => request.once("socket", resolve));
    const answered = await response;
    expect(answered.message.headers.connection).toBe("keep-alive");
    const accepted = new Promise((resolve) => server.once("connection", resolve));
    const unused = connect(port, "127.0.0.1");
    await accepted;
    const closed = Promise.all([keptAlive, unused].map((s) => new Promise((r) => s.once("close", r))));
    stop();
    await closed;
    const refused = await new Promise<string>((resolve) =>
      connect(port, "127.0.0.1")
        .once("connect", () => resolve("connected"))
        .once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error")),
    );
    expect(refused).toBe("ECONNREFUSED");
    expect(await done).toEqual({ drained: true, cut: 0 });
    agent.destroy();
  });

  it("cuts a request still unfinished at the cap: its client sees the connection end, not an answer", async () => {
    const { stop, done, port, received } = await startServer(200);
    const { agent, response } = await halfSent(port, received);
    stop();
    expect(await done).toEqual({ drained: false, cut: 1 });
    await expect(response).rejects.toThrow(/socket hang up|ECONNRESET/);
    agent.destroy();
  });

  it("does nothing more when asked to stop twice", async () => {
    const { stop, done, outcomes } = await startServer(10_000);
    stop();
    stop();
    expect(await done).toEqual({ drained: true, cut: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outcomes).toHaveLength(1);
  });
});

describe("shutdown grace period", () => {
  it("is 10 s unless SHUTDOWN_GRACE_MS says otherwise", () => {
    expect(shutdownGraceMs(undefined)).toBe(10_000);
    expect(shutdownGraceMs(" ")).toBe(10_000);
    expect(shutdownGraceMs("1500")).toBe(1500);
    expect(shutdownGraceMs("0")).toBe(0);
  });

  it("refuses what is not a whole number of milliseconds", () => {
    for (const value of ["1.5", "-1", "10s", "abc"])
      expect(() => shutdownGraceMs(value)).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
