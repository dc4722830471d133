// Server modules import "server-only", which throws outside a React server
// bundle; the database suite runs them in plain Node on purpose.
import { vi } from "vitest";
vi.mock("server-only", () => ({}));
