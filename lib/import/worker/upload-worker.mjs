// Entry of the import worker thread. The worker runs the TypeScript sources
// through tsx (a runtime dependency, as for the CLI and `npm start`), so the
// same decoding code serves the server, the CLI and the tests.
import { register } from "tsx/esm/api";

register();
await import("./upload-worker.ts");
