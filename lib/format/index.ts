import { GOV_2019 } from "./gov-2019";
import { GOV_2021 } from "./gov-2021";
import { STAT_2014 } from "./stat-2014";
import type { FormatDef, FormatId } from "./types";

const FORMATS: Record<FormatId, FormatDef> = {
  "gov-2021": GOV_2021,
  "gov-2019": GOV_2019,
  "stat-2014": STAT_2014,
};

/** Newest first, the order a format picker shows them in. */
export const FORMAT_IDS: readonly FormatId[] = ["gov-2021", "gov-2019", "stat-2014"];

export function isFormatId(value: string): value is FormatId {
  return Object.prototype.hasOwnProperty.call(FORMATS, value);
}

export function getFormat(id: FormatId): FormatDef {
  return FORMATS[id];
}

/**
 * The template a report for `year` must use (2021+ gov-2021, 2019–2020
 * gov-2019, earlier stat-2014). Ranges are contiguous, so the newest format
 * that had started by `year` is the one; years before any format get the oldest.
 */
export function formatForYear(year: number): FormatDef {
  const formats = FORMAT_IDS.map(getFormat);
  return formats.find((format) => format.years.from <= year) ?? STAT_2014;
}

/** The format in force (the newest, still open-ended): the one the public site cites. */
export function currentFormat(): FormatDef {
  return formatForYear(Number.POSITIVE_INFINITY);
}
