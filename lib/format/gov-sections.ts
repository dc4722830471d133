import type { SectionDef, TopicDef } from "./types";

// Headings and s1 topics are the same in gov-2019 and gov-2021; only the s6
// guidance differs (信息处理费 exists from 2021, 国办函〔2020〕109号).

const OVERVIEW_TOPICS: TopicDef[] = [
  { label: "主动公开", keywords: ["主动公开"] },
  { label: "依申请公开", keywords: ["依申请", "公开申请", "申请公开"] },
  {
    label: "政府信息管理",
    keywords: ["信息管理", "保密审查", "审查", "审核", "动态更新", "动态调整", "清理", "公开属性"],
  },
  {
    label: "政府信息公开平台建设",
    keywords: [
      "平台",
      "网站",
      "公众号",
      "微信",
      "微博",
      "新媒体",
      "客户端",
      "公开栏",
      "公示栏",
      "政府公报",
      "门户",
      "查阅点",
    ],
  },
  {
    label: "监督保障",
    keywords: ["监督", "保障", "考核", "评议", "追究", "问责", "培训"],
    // Art. 50(4) binds people's governments (乡镇, 县), not their departments. A street
    // office is the county's 派出机关, not a level of government, so it is left out —
    // UNCONFIRMED: the spec says only "街道办事处 arguably not".
    mustAlsoCover: [
      { label: "工作考核", keywords: ["考核"], organLevels: ["township", "county"] },
      { label: "社会评议", keywords: ["评议"], organLevels: ["township", "county"] },
      { label: "责任追究", keywords: ["追究", "问责"], organLevels: ["township", "county"] },
    ],
  },
];

export function govSections(s6: { topics: TopicDef[]; guidance: string }): SectionDef[] {
  return [
    {
      id: "s1",
      heading: "一、总体情况",
      kind: "narrative",
      topics: OVERVIEW_TOPICS,
      guidance:
        "分别说明主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面的情况；各级人民政府还应说明工作考核、社会评议和责任追究结果情况。",
    },
    { id: "s2", heading: "二、主动公开政府信息情况", kind: "table", tableId: "T2" },
    { id: "s3", heading: "三、收到和处理政府信息公开申请情况", kind: "table", tableId: "T3" },
    {
      id: "s4",
      heading: "四、政府信息公开行政复议、行政诉讼情况",
      // The 2019 template's wording, still common in later years.
      aliases: [
        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
      ],
      kind: "table",
      tableId: "T4",
    },
    {
      id: "s5",
      heading: "五、存在的主要问题及改进情况",
      // Wordings seen in published reports.
      aliases: [
        "五、政府信息公开工作存在的主要问题及改进情况",
        "五、存在的主要问题及改进措施",
        "五、存在的主要问题及整改措施",
        "五、存在的主要问题及整改情况",
        "五、政府信息公开工作存在的主要问题及改进措施",
        "五、存在的问题及改进措施",
      ],
      kind: "narrative",
      guidance: "逐条写明本年度工作中存在的主要问题，并针对每个问题写明改进措施；避免照搬往年内容。",
    },
    { id: "s6", heading: "六、其他需要报告的事项", kind: "narrative", ...s6 },
  ];
}

export const GOV_2021_S6 = {
  topics: [{ label: "信息处理费", keywords: ["信息处理费", "处理费"] }],
  // Product guidance; the national wording of what else belongs here is unconfirmed.
  guidance:
    "说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，未收取的写明“本年度未收取信息处理费”；可说明人大代表建议和政协提案办理结果等其他需要报告的事项。",
};

export const GOV_2019_S6 = {
  topics: [{ label: "政府信息公开收费", keywords: ["信息处理费", "处理费", "收费"] }],
  guidance: "说明政府信息公开收费及减免情况（未收费的也应写明），以及其他需要报告的事项。",
};
