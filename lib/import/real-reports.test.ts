import { join } from "node:path";
import { describeExpectedReports, readEntries } from "./expected-reports";

/**
 * Real published reports gathered after the development corpus, outside it
 * (tests/fixtures/real, see its README): held to the same rules, so a reader
 * tuned on the corpus is checked on reports it was not tuned on.
 */

const DIR = join(process.cwd(), "tests/fixtures/real");

/** Every separated file here reads exactly; an entry would name a cell still not read and why. */
const KNOWN_UNREAD: Record<string, number> = {};

describeExpectedReports("real", DIR, readEntries(DIR), KNOWN_UNREAD);
