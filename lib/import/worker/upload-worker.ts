import { parentPort } from "node:worker_threads";
import { decodeUpload } from "../decode-upload";
import type { SourceRead } from "../report-source";

export interface DecodeRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type DecodeResponse = { id: number; read: SourceRead } | { ready: true };

/** The worker's side: decodes one file per message, one at a time, and answers with the result. */
parentPort?.on("message", async (request: DecodeRequest) => {
  let read: SourceRead;
  try {
    read = await decodeUpload(request.name, request.bytes);
  } catch {
    read = { ok: false, message: "读取文件时出错，文件可能已损坏，未导入" };
  }
  parentPort?.postMessage({ id: request.id, read } satisfies DecodeResponse);
});

// Loaded and listening: the time limit of a file starts now, not while the worker starts.
parentPort?.postMessage({ ready: true } satisfies DecodeResponse);
