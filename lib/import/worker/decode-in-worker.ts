import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import {
  PARSE_FAILED_MESSAGE,
  PARSE_HEAP_MB,
  PARSE_MEMORY_MESSAGE,
  PARSE_TIMEOUT_MESSAGE,
  PARSE_TIMEOUT_MS,
} from "../import-limits";
import type { SourceRead } from "../report-source";
import type { DecodeRequest, DecodeResponse } from "./upload-worker";

export interface WorkerLimits {
  timeoutMs: number;
  heapMb: number;
}

const DEFAULT_LIMITS: WorkerLimits = { timeoutMs: PARSE_TIMEOUT_MS, heapMb: PARSE_HEAP_MB };
/** Loading a parser (pdf.js, mammoth) may take this many times a file's limit on a busy machine. */
const LOADING_ALLOWANCE = 3;

/**
 * Where the worker's entry file is. Bundled server code has no usable
 * import.meta.url for it, so it is found from the project root (where
 * `npm start`, the CLI and the tests run), then next to this file.
 */
function workerEntry(): string {
  const fromRoot = join(process.cwd(), "lib", "import", "worker", "upload-worker.mjs");
  return existsSync(fromRoot) ? fromRoot : join(import.meta.dirname, "upload-worker.mjs");
}

interface Job {
  request: DecodeRequest;
  limits: WorkerLimits;
  resolve: (read: SourceRead) => void;
}

/**
 * One worker thread decodes uploads, one file at a time, with a heap limit;
 * a file that takes too long stops the worker (terminate), a file that
 * exhausts its heap kills it, and the next file gets a fresh one. The
 * request thread only waits, so the server keeps answering meanwhile. The
 * worker is kept between files (starting one costs most of a second) and
 * does not keep the process alive when idle.
 */
class UploadWorker {
  private worker: Worker | null = null;
  private ready = false;
  private heapMb = 0;
  private queue: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;

  decode(name: string, bytes: Uint8Array, limits: WorkerLimits): Promise<SourceRead> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, name, bytes }, limits, resolve });
      this.pump();
    });
  }

  private spawn(heapMb: number): Worker {
    const worker = new Worker(workerEntry(), {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) },
    });
    worker.on("message", (response: DecodeResponse) => {
      if ("ready" in response) {
        this.ready = true;
        this.pump();
      } else if ("started" in response) this.startClock(response.id);
      else this.finish(response.id, response.read, false);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.fail(worker, memory ? PARSE_MEMORY_MESSAGE : PARSE_FAILED_MESSAGE);
    });
    worker.on("exit", () => this.fail(worker, PARSE_FAILED_MESSAGE));
    this.heapMb = heapMb;
    this.ready = false;
    return worker;
  }

  private pump(): void {
    if (this.current) return;
    const job = this.queue[0];
    if (!job) {
      this.worker?.unref();
      return;
    }
    if (this.worker && this.heapMb !== job.limits.heapMb) this.stop();
    this.worker ??= this.spawn(job.limits.heapMb);
    this.worker.ref();
    // A new worker says when it is ready (pump runs again then).
    if (!this.ready) return;
    this.queue.shift();
    // Until the worker has loaded the file's parser, a generous bound; then the file's own limit.
    this.current = { job, timer: this.timeout(job, job.limits.timeoutMs * LOADING_ALLOWANCE) };
    this.worker.postMessage(job.request);
  }

  private timeout(job: Job, ms: number): NodeJS.Timeout {
    return setTimeout(() => {
      this.finish(job.request.id, { ok: false, message: PARSE_TIMEOUT_MESSAGE }, true);
    }, ms);
  }

  private startClock(id: number): void {
    const current = this.current;
    if (!current || current.job.request.id !== id) return;
    clearTimeout(current.timer);
    current.timer = this.timeout(current.job, current.job.limits.timeoutMs);
  }

  private finish(id: number, read: SourceRead, stopWorker: boolean): void {
    const current = this.current;
    if (!current || current.job.request.id !== id) return;
    clearTimeout(current.timer);
    this.current = null;
    if (stopWorker) this.stop();
    current.job.resolve(read);
    this.pump();
  }

  /** The worker died (heap exhausted, crashed, or was stopped): its file fails, the next gets a new one. */
  private fail(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = false;
    if (this.current) this.finish(this.current.job.request.id, { ok: false, message }, false);
    else {
      // A worker that died while starting fails the file it was started for; the next gets a new one.
      this.queue.shift()?.resolve({ ok: false, message });
      this.pump();
    }
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    void worker?.terminate();
  }
}

const shared = new UploadWorker();

/** Decodes an uploaded file off the calling thread, within time and memory limits. */
export function decodeInWorker(
  name: string,
  bytes: Uint8Array,
  limits: Partial<WorkerLimits> = {},
): Promise<SourceRead> {
  return shared.decode(name, bytes, { ...DEFAULT_LIMITS, ...limits });
}
