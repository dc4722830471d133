/**
 * Largest file the importer reads; a report is tens of kilobytes, a .docx with
 * photos a few megabytes. The server-action body limit in next.config.js sits
 * just above it, and the import form refuses larger files before sending them.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = `文件超过${MAX_IMPORT_BYTES / 1024 / 1024}MB，无法导入`;

/**
 * What a file may unpack to: the XML of a .docx, the decompressed streams of
 * a PDF. Real reports unpack to a few megabytes; a compression bomb (a small
 * file that inflates to gigabytes) is refused before it is parsed.
 */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * Reading one uploaded file: time (the worker is stopped) and JavaScript heap
 * of the worker. A report PDF reads in one to two seconds on an idle 2-core
 * machine; the time limit leaves room for a machine under heavy load (ten
 * times slower was seen on a shared build machine) while still stopping a
 * file that would never finish.
 */
export const PARSE_TIMEOUT_MS = 60_000;
export const PARSE_HEAP_MB = 256;

export const UNPACKED_TOO_LARGE_MESSAGE = `文件解压后超过${MAX_UNPACKED_BYTES / 1024 / 1024}MB，不像是一份年度报告（可能是压缩炸弹），未导入`;
export const PARSE_TIMEOUT_MESSAGE = `读取文件超过${PARSE_TIMEOUT_MS / 1000}秒仍未完成，文件可能过于复杂或已损坏，未导入`;
export const PARSE_MEMORY_MESSAGE = "读取文件所需内存超过上限，文件可能已损坏或经过特殊构造，未导入";
export const PARSE_FAILED_MESSAGE = "读取文件时出错，文件可能已损坏，未导入";
