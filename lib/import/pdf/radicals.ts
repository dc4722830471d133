/**
 * Some PDF writers (Chromium/Skia with Noto CJK among them) give a glyph
 * that a CJK radical code point shares with a whole character the radical's
 * code point in the text layer: 人民 prints as 人⺠. The radicals whose form
 * is a whole character in their own right map back to it (Unicode's
 * EquivalentUnifiedIdeograph, for the forms used in simplified Chinese);
 * Kangxi radicals (U+2F00–U+2FD5) have compatibility mappings and go
 * through NFKC, except where the simplified-Chinese font draws the radical
 * with another character's glyph than its compatibility form: Noto CJK SC
 * gives ⼾ the glyph of 户, while NFKC makes it the traditional 戶 (checked
 * over every radical in the SC faces' cmaps: the only such one).
 */
const RADICAL_TO_IDEOGRAPH: Record<string, string> = {
  "⺁": "厂",
  "⺊": "卜",
  "⺒": "巳",
  "⺓": "幺",
  "⺝": "月",
  "⺟": "母",
  "⺠": "民",
  "⺩": "王",
  "⺯": "糸",
  "⺰": "纟",
  "⻁": "虎",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻈": "讠",
  "⻉": "贝",
  "⻋": "车",
  "⻐": "钅",
  "⻓": "长",
  "⻔": "门",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻠": "饣",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻧": "卤",
  "⻨": "麦",
  "⻩": "黄",
  "⻪": "黾",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
  "⼾": "户",
};

const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** Text with radical code points that stand for whole characters replaced by those characters. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICALS, (char) => RADICAL_TO_IDEOGRAPH[char] ?? char.normalize("NFKC"));
}
