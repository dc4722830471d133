import type { Role } from "@/lib/authz/roles";
import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";

/** Demo-only accounts. Never use these passwords outside a demonstration. */
export const DEMO_PASSWORD = "demo1234";

/**
 * A demo filing unit. Townships need only code and name (organ: prefix + name +
 * 人民政府); other kinds give their organ name. 吉县 has, besides its
 * townships, an invented street office and county departments, and the county
 * government itself, so the demo shows a whole office's work.
 */
export interface DemoFilingUnit {
  code: string;
  name: string;
  kind?: FilingUnitKind;
  organName?: string;
}

export const DEMO_COUNTIES: readonly {
  code: string;
  name: string;
  prefix: string;
  filingUnits: readonly DemoFilingUnit[];
}[] = [
  {
    code: "jixian",
    name: "吉县",
    prefix: "吉县",
    filingUnits: [
      { code: "tunli", name: "屯里镇" },
      { code: "qu-e", name: "曲峨镇" },
      { code: "jichang", name: "吉昌镇" },
      { code: "hukou", name: "壶口镇" },
      { code: "chengqu", name: "城区街道（演示）", kind: "street", organName: "吉县城区街道办事处" },
      { code: "zhengfu", name: "吉县人民政府", kind: "government", organName: "吉县人民政府" },
      { code: "fagai", name: "县发展和改革局", kind: "department", organName: "吉县发展和改革局" },
      { code: "ziran", name: "县自然资源局", kind: "department", organName: "吉县自然资源局" },
      { code: "jiaoyu", name: "县教育局", kind: "department", organName: "吉县教育局" },
    ],
  },
  {
    code: "wanzhou",
    name: "万州区",
    prefix: "重庆市万州区",
    filingUnits: [{ code: "wuling", name: "武陵镇" }],
  },
  // Homes for two published seed reports (lib/demo/seeds). Seed 002 does not
  // say which county 白鹤镇 belongs to, so it sits in an invented, clearly
  // labelled example district; its organ name is the seed's own.
  {
    code: "shili-demo",
    name: "示例区（演示）",
    prefix: "",
    filingUnits: [{ code: "baihe", name: "白鹤镇" }],
  },
  // 金盆苗族彝族乡 is in 贵州省六盘水市 (seed 001 is filed with 六盘水公开办);
  // the seed does not name its district, so this example district stands in.
  {
    code: "liupanshui-demo",
    name: "六盘水市示例区（演示）",
    prefix: "",
    filingUnits: [{ code: "jinpen", name: "金盆苗族彝族乡" }],
  },
];

export const DEMO_USERS: {
  username: string;
  name: string;
  role: Role;
  county?: string;
  filingUnit?: string;
}[] = [
  { username: "admin", name: "系统管理员", role: "admin" },
  { username: "jixian-reviewer", name: "吉县审核人", role: "reviewer", county: "jixian" },
  { username: "wanzhou-reviewer", name: "万州区审核人", role: "reviewer", county: "wanzhou" },
  { username: "tunli-clerk", name: "屯里镇填报人", role: "clerk", county: "jixian", filingUnit: "tunli" },
  { username: "qu-e-clerk", name: "曲峨镇填报人", role: "clerk", county: "jixian", filingUnit: "qu-e" },
  { username: "wuling-clerk", name: "武陵镇填报人", role: "clerk", county: "wanzhou", filingUnit: "wuling" },
  { username: "fagai-clerk", name: "县发改局填报人", role: "clerk", county: "jixian", filingUnit: "fagai" },
  {
    username: "zhengfu-clerk",
    name: "县政府办填报人",
    role: "clerk",
    county: "jixian",
    filingUnit: "zhengfu",
  },
  {
    username: "ziran-clerk",
    name: "县自然资源局填报人",
    role: "clerk",
    county: "jixian",
    filingUnit: "ziran",
  },
  { username: "jiaoyu-clerk", name: "县教育局填报人", role: "clerk", county: "jixian", filingUnit: "jiaoyu" },
  {
    username: "chengqu-clerk",
    name: "城区街道填报人",
    role: "clerk",
    county: "jixian",
    filingUnit: "chengqu",
  },
];
