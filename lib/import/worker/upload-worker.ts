import { parentPort } from "node:worker_threads";
import { decodeUpload, sourceKindOf } from "../decode-upload";
import { PARSE_FAILED_MESSAGE } from "../import-limits";
import type { SourceRead } from "../report-source";

export interface DecodeRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type DecodeResponse =
  | { id: number; read: SourceRead }
  /** The parser the file needs is loaded: its time limit starts now. */
  | { id: number; started: true }
  | { ready: true };

/**
 * Loads the parser a file of this kind needs (pdf.js, mammoth) before its
 * clock starts: loading code takes the same time whatever the file holds,
 * and on a busy machine it must not eat into the file's time limit.
 */
async function loadParser(name: string, bytes: Uint8Array): Promise<void> {
  const kind = sourceKindOf(name, bytes);
  if (kind === "pdf") await import("pdfjs-dist/legacy/build/pdf.mjs");
  else if (kind === "docx") await import("mammoth");
}

/** The worker's side: decodes one file per message, one at a time, and answers with the result. */
parentPort?.on("message", async (request: DecodeRequest) => {
  let read: SourceRead;
  try {
    await loadParser(request.name, request.bytes);
    parentPort?.postMessage({ id: request.id, started: true } satisfies DecodeResponse);
    read = await decodeUpload(request.name, request.bytes);
  } catch {
    read = { ok: false, message: PARSE_FAILED_MESSAGE };
  }
  parentPort?.postMessage({ id: request.id, read } satisfies DecodeResponse);
});

// Loaded and listening.
parentPort?.postMessage({ ready: true } satisfies DecodeResponse);
