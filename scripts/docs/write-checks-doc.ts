/** `npm run docs:checks`: writes docs/checks.md from the check registry (lib/checks). */
import { writeFileSync } from "node:fs";
import { CHECKS_DOC, renderChecksDoc } from "./checks-doc";

writeFileSync(CHECKS_DOC, await renderChecksDoc());
console.log(`wrote ${CHECKS_DOC}`);
