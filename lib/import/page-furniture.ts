/**
 * Text that surrounds a report on a government web page: navigation, print
 * and font buttons, 扫一扫, footers with ICP and 公网安备 numbers. Patterns
 * only apply to short lines, so a narrative sentence about (say) 无障碍
 * website work is never taken for furniture.
 */
const FURNITURE: readonly RegExp[] = [
  /^首页\s*[>＞»]/,
  /当前位置/,
  /网站地图/,
  /联系我们/,
  /主办单位/,
  /承办单位/,
  /版权所有/,
  /©/,
  /ICP备/i,
  /网站标识码/,
  /公网安备/,
  /扫一扫/,
  /【\s*字体/,
  /^字体\s*[:：]/,
  /打印本页|关闭窗口|^【?\s*打印\s*】?$|^【?\s*关闭\s*】?$/,
  /分享到/,
  /^(上一篇|下一篇)/,
  /最佳浏览效果/,
  /涉密文件严禁上网/,
  /^适老化无障碍/,
  /^语音播报$/,
  /^(信息)?来源\s*[:：]/,
  /^(发布)?日期\s*[:：]/,
  /浏览次数|访问量|阅读次数/,
  /技术支持/,
];

const MAX_FURNITURE_LENGTH = 60;

export function isFurniture(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_FURNITURE_LENGTH && FURNITURE.some((pattern) => pattern.test(text));
}

const DATE_ONLY = /^\d{4}\s*(年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日?)?|[-/.]\d{1,2}[-/.]\d{1,2})$/;
// A signing organ: short, no sentence punctuation, ends like an organ name (a department's too: 某县发展和改革局).
const ORGAN_ONLY = /^[^，。,;；:：!！?？]{2,30}(人民政府|政府|办公室|办事处|委员会|公开办|局|委)$/;
const ATTACHMENT = /附件\s*\d*$/;
const TABLE_TITLE = /统计表$/;

/** A line of the signature block under a report: organ, date, attachment note, the table's title. */
export function isSignatureLine(line: string): boolean {
  const text = line.trim();
  return DATE_ONLY.test(text) || ORGAN_ONLY.test(text) || ATTACHMENT.test(text) || TABLE_TITLE.test(text);
}

/**
 * A narrative as the report printed it: furniture lines removed, the page
 * footer cut off, the signature block at its end removed (kept aside for
 * the publication date).
 */
export function cleanNarrative(lines: readonly string[]): { paragraphs: string[]; signature: string[] } {
  const kept: string[] = [];
  for (const line of lines) {
    if (isFurniture(line)) {
      // Past a footer everything else is page chrome too.
      if (/网站地图|联系我们|主办单位|版权所有|ICP备|公网安备|扫一扫/i.test(line)) break;
      continue;
    }
    kept.push(line);
  }
  const signature: string[] = [];
  while (kept.length > 0 && isSignatureLine(kept[kept.length - 1] ?? "")) {
    signature.unshift(kept.pop() ?? "");
  }
  return { paragraphs: kept, signature };
}
