/**
 * Realistic report documents for the benchmarks: the shapes the app stores
 * (gov-2021, gov-2019, stat-2014), consistent totals, narratives of the length
 * filing units write (about 1,500 characters in all). Deterministic from a seed.
 */
import { formatForYear } from "@/lib/format";
import {
  computeTotals,
  emptyReportData,
  type GovReportData,
  type ReportData,
} from "@/lib/format/report-data";

/** mulberry32: a small, fast, seedable generator; the benchmark must build the same data every run. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OVERVIEW = [
  "（一）主动公开。本年度通过政府门户网站乡镇专栏、政务公开栏和微信公众号主动公开政府信息，重点公开惠农补贴、低保救助、项目建设、财政预决算等群众关注的信息，做到应公开尽公开。",
  "（二）依申请公开。严格按照《中华人民共和国政府信息公开条例》规定的程序和时限办理政府信息公开申请，做到登记、审核、办理、答复、归档全程留痕，未发生因依申请公开引发的行政复议和行政诉讼。",
  "（三）政府信息管理。建立健全政府信息公开保密审查机制，坚持先审查后公开、一事一审，对已公开信息进行动态更新和清理，及时调整公开属性。",
  "（四）政府信息公开平台建设。依托县政府门户网站开设乡镇信息公开专栏，在便民服务中心设置政府信息查阅点，村（社区）公开栏同步公开涉农信息。",
  "（五）监督保障。将政务公开工作纳入年度工作考核，主动接受社会评议和群众监督，本年度未发生责任追究情况；组织政务公开业务培训，提升工作人员业务能力。",
];
const PROBLEMS =
  "存在的主要问题：一是公开内容不够全面，部分领域信息更新不及时；二是政策解读形式单一，图解、视频解读较少；三是工作人员业务水平有待提高。改进情况：一是建立信息更新台账，定期检查栏目；二是丰富解读形式，增加图文解读；三是加强业务培训，提升工作水平。";

function narratives(name: string, year: number, received: number) {
  return {
    s1: `${year}年，${name}认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请${received}件。${OVERVIEW.join("")}${OVERVIEW.slice(0, 2).join("")}`,
    s5: `${PROBLEMS}${PROBLEMS.slice(0, 60)}`,
    s6: "本年度未收取信息处理费。无其他需要报告的事项。",
  };
}

function statReport(name: string, year: number, rand: () => number): ReportData {
  const row = (label: string, unit: string, max: number) => ({
    label,
    unit,
    value: Math.floor(rand() * max),
  });
  return {
    narratives: { s1: narratives(name, year, 0).s1 },
    tables: {
      STAT: [
        row("一、主动公开情况", "条", 400),
        row("（一）主动公开政府信息数", "条", 400),
        row("其中：主动公开规范性文件数", "条", 5),
        row("（二）通过不同渠道和方式公开政府信息的情况", "条", 400),
        row("1.政府公报公开政府信息数", "条", 10),
        row("2.政府网站公开政府信息数", "条", 300),
        row("3.政务微博公开政府信息数", "条", 50),
        row("4.政务微信公开政府信息数", "条", 80),
        row("二、回应解读情况", "次", 20),
        row("三、依申请公开情况", "件", 10),
        row("（一）收到申请数", "件", 10),
        row("（二）申请办结数", "件", 10),
        row("四、行政复议数量", "件", 2),
        row("五、行政诉讼数量", "件", 2),
        row("六、举报投诉数量", "件", 2),
        row("七、依申请公开信息收取的费用", "万元", 1),
        row("八、机构建设和保障经费情况", "个", 3),
        row("九、政府信息公开会议和培训情况", "次", 5),
      ],
    },
  };
}

/** A report for `year` in the year's format, numbers consistent (the sums and balance hold). */
export function benchReport(name: string, year: number, rand: () => number): ReportData {
  const format = formatForYear(year);
  if (format.id === "stat-2014") return statReport(name, year, rand);
  const d = emptyReportData(format) as GovReportData;
  const int = (max: number) => Math.floor(rand() * max);
  d.tables.T2 = d.tables.T2.map((row) => row.map(() => int(30)));
  d.tables.T2[0] = d.tables.T2[0]!.map(() => 0); // 规章: filingUnits make none
  d.tables.T4 = d.tables.T4.map(() => 0);
  d.tables.T3 = d.tables.T3.map((row) => row.map(() => 0));
  // Applications: natural persons and companies, each handled in one of the outcome rows.
  const lastResult = format.id === "gov-2021" ? 22 : 20; // r23 / r21 index
  let received = 0;
  for (const column of [0, 1]) {
    const count = int(column === 0 ? 12 : 4);
    received += count;
    d.tables.T3[0]![column] = count;
    for (let i = 0; i < count; i++) {
      const outcome = rand() < 0.7 ? 2 : 2 + 1 + int(lastResult - 2);
      d.tables.T3[outcome]![column]! += 1;
    }
  }
  d.tables.T4[0] = int(2);
  const data = computeTotals(format, d);
  data.narratives = narratives(name, year, received);
  return data;
}
