/**
 * Largest file the importer reads; a report is tens of kilobytes, a .docx with
 * photos a few megabytes. The server-action body limit in next.config.js sits
 * just above it, and the import form refuses larger files before sending them.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = `文件超过${MAX_IMPORT_BYTES / 1024 / 1024}MB，无法导入`;
