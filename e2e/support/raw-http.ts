/**
 * One HTTP/1.1 connection driven byte by byte, for tests that need a request
 * to be half sent at a chosen moment (graceful shutdown): what a client
 * library would not let a test do.
 */
import { connect, type Socket } from "node:net";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A complete response at the start of `buffer`, and how many bytes it took; null while incomplete. */
function parseResponse(buffer: Buffer, ended: boolean): { response: RawResponse; length: number } | null {
  const headEnd = buffer.indexOf("\r\n\r\n");
  if (headEnd < 0) return null;
  const [statusLine = "", ...lines] = buffer.subarray(0, headEnd).toString("latin1").split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(":");
    headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  const status = Number(statusLine.split(" ")[1]);
  let at = headEnd + 4;
  if (headers["transfer-encoding"] === "chunked") {
    const chunks: Buffer[] = [];
    for (;;) {
      const sizeEnd = buffer.indexOf("\r\n", at);
      if (sizeEnd < 0) return null;
      const size = parseInt(buffer.subarray(at, sizeEnd).toString("latin1"), 16);
      if (buffer.length < sizeEnd + 2 + size + 2) return null;
      chunks.push(buffer.subarray(sizeEnd + 2, sizeEnd + 2 + size));
      at = sizeEnd + 2 + size + 2;
      if (size === 0) break;
    }
    return { response: { status, headers, body: Buffer.concat(chunks).toString("utf8") }, length: at };
  }
  if (headers["content-length"] !== undefined) {
    const end = at + Number(headers["content-length"]);
    if (buffer.length < end) return null;
    return { response: { status, headers, body: buffer.subarray(at, end).toString("utf8") }, length: end };
  }
  // No length: the body runs to the end of the connection.
  if (!ended) return null;
  return { response: { status, headers, body: buffer.subarray(at).toString("utf8") }, length: buffer.length };
}

export class RawConnection {
  private buffer = Buffer.alloc(0);
  private ended = false;
  private waiting: (() => void) | null = null;
  /** Resolves when the connection has closed, by either side. */
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiting?.();
    });
    socket.on("error", () => {
      // A reset ends the connection like a close; the response awaited sees it.
    });
    this.closed = new Promise((resolve) =>
      socket.once("close", () => {
        this.ended = true;
        this.waiting?.();
        resolve();
      }),
    );
  }

  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => resolve(new RawConnection(socket)));
      socket.once("error", reject);
    });
  }

  /** Resolves once the bytes are handed to the operating system (on loopback: at the server's door). */
  send(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) =>
      this.socket.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** The next complete response; rejects when the connection ends first. */
  async response(): Promise<RawResponse> {
    for (;;) {
      const parsed = parseResponse(this.buffer, this.ended);
      if (parsed) {
        this.buffer = this.buffer.subarray(parsed.length);
        return parsed.response;
      }
      if (this.ended)
        throw new Error(`the connection ended before a complete response (${this.buffer.length} bytes)`);
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The request line and headers of a GET, without the blank line that ends them. */
export function getHead(path: string, port: number): string {
  return `GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\n`;
}
