import { MAX_IMPORT_BYTES } from "../import-limits";

/**
 * Bounds on one archive, so that a hostile or mistaken upload costs bounded
 * memory and time. A county's history is a few hundred files of tens of
 * kilobytes each; these caps leave room for .docx files with photos.
 */
export interface ArchiveLimits {
  maxFiles: number;
  maxArchiveBytes: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export const ARCHIVE_LIMITS: Readonly<ArchiveLimits> = {
  /** Files in one archive or folder ("up to a few hundred"). */
  maxFiles: 500,
  /** The .zip file itself. */
  maxArchiveBytes: 200 * 1024 * 1024,
  /** One file once inflated: the importer's own limit. */
  maxFileBytes: MAX_IMPORT_BYTES,
  /** All files together once inflated, declared and actual. */
  maxTotalBytes: 300 * 1024 * 1024,
};

const MB = 1024 * 1024;

export const archiveMessages = {
  tooManyFiles: (count: number, max: number) =>
    `压缩包或文件夹内有${count}个文件，超过一次导入${max}个的上限，请分批导入`,
  archiveTooLarge: (max: number) => `压缩包超过${max / MB}MB，请分成几个较小的压缩包导入`,
  totalTooLarge: (max: number) => `压缩包解压后超过${max / MB}MB，可能是“压缩炸弹”，已拒绝，未导入任何文件`,
  inflatesPastDeclared:
    "压缩包中的文件解压后比声明的大小更大，可能是“压缩炸弹”或已损坏，已拒绝，未导入任何文件",
  notZip: "不是有效的 .zip 压缩包（文件可能已损坏或不完整）",
  truncated: "压缩包不完整，该文件没有解压完",
  unreadableEntry: "无法解压该文件（可能已加密或已损坏）",
  unsupportedCompression: "该文件使用了不支持的压缩方式，请用常见的 .zip 格式重新压缩",
  nested: "压缩包内的压缩包不会展开，请先解压后再上传其中的文件",
  unsafeName: "文件名含上级目录（..）或绝对路径，出于安全原因已跳过",
} as const;
