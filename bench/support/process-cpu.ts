import { readFileSync } from "node:fs";

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ), whatever the kernel's own HZ. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a running process has used so far, from
 * /proc/<pid>/stat; null where there is no /proc. On a shared machine this is
 * what a request costs, whatever else competes for the cores.
 */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
