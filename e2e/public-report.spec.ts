/**
 * The public report page: the statutory layout from the format definition
 * (T3's three header rows and 25 × 7 numbers in order, gov-2019's 23 rows,
 * stat-2014's list), the 数据核验 record, revisions and corrections, and a
 * page that works with JavaScript disabled.
 */
import { expect, test, type Locator } from "@playwright/test";
import {
  correctedRevisionData,
  firstRevisionData,
  gov2019Report,
  PUBLIC_FIXTURES as F,
} from "../tests/fixtures/public-e2e-data";

const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;
const TITLE = `${F.corrected.organ}${F.corrected.year}年政府信息公开工作年度报告`;
const T3_NAME = "三、收到和处理政府信息公开申请情况";

/** Each row's cells as "text|rowspan|colspan". */
async function cellSpans(rows: Locator): Promise<string[][]> {
  return rows.evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.children).map(
        (c) =>
          `${(c.textContent ?? "").trim()}|${c.getAttribute("rowspan") ?? 1}|${c.getAttribute("colspan") ?? 1}`,
      ),
    ),
  );
}

/** The numbers of the value cells, in document order ("" for blank). */
async function numbers(table: Locator): Promise<string[]> {
  return table
    .locator("tbody td:not([data-label-col])")
    .evaluateAll((tds) =>
      tds.map((td) => (td.querySelector(".sr-only") ? "" : (td.textContent ?? "").trim())),
    );
}

const asText = (rows: (number | null)[][]) => rows.flat().map((v) => (v === null ? "" : String(v)));

test("shows the statutory title, the six headings and the narratives as paragraphs", async ({ page }) => {
  const response = await page.goto(REPORT);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole("heading", { level: 2 })).toContainText([
    "一、总体情况",
    "二、主动公开政府信息情况",
    T3_NAME,
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
  ]);
  const overview = page.locator("section", { has: page.getByRole("heading", { name: "一、总体情况" }) });
  await expect(overview.locator("p")).toHaveCount(5);
  await expect(overview.locator("p").first()).toHaveText(/^（一）主动公开。/);
  await expect(page).toHaveTitle(new RegExp(TITLE));
});

test("T3 has the three header rows of the form, with its spans, and 25 × 7 numbers in order", async ({
  page,
}) => {
  await page.goto(REPORT);
  const t3 = page.getByRole("table", { name: T3_NAME });
  const corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  expect(await cellSpans(t3.locator("thead tr"))).toEqual([
    [`${corner}|3|3`, "申请人情况|1|7"],
    ["自然人|2|1", "法人或其他组织|1|5", "总计|2|1"],
    ["商业企业|1|1", "科研机构|1|1", "社会公益组织|1|1", "法律服务机构|1|1", "其他|1|1"],
  ]);
  await expect(t3.locator("tbody tr")).toHaveCount(25);
  const values = await numbers(t3);
  expect(values).toHaveLength(175);
  expect(values).toEqual(asText(correctedRevisionData().tables.T3));
  // Row labels merge as on the form.
  await expect(t3.locator('th[scope="rowgroup"]', { hasText: "三、本年度办理结果" })).toHaveAttribute(
    "rowspan",
    "22",
  );
  await expect(t3.locator('th[scope="rowgroup"]', { hasText: "（三）不予公开" })).toHaveAttribute(
    "rowspan",
    "8",
  );
  await expect(
    t3.locator('th[scope="row"]', { hasText: "一、本年新收政府信息公开申请数量" }),
  ).toHaveAttribute("colspan", "3");
});

test("every number names its row and column headers, as a screen reader announces them", async ({ page }) => {
  await page.goto(REPORT);
  const t3 = page.getByRole("table", { name: T3_NAME });
  const cell = t3.locator("tbody tr").nth(4).locator("td").nth(1); // r05 × 商业企业
  const labels = await cell.evaluate((td) =>
    (td.getAttribute("headers") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent?.trim()),
  );
  expect(labels).toEqual([
    "三、本年度办理结果",
    "（三）不予公开",
    "1.属于国家秘密",
    "申请人情况",
    "法人或其他组织",
    "商业企业",
  ]);
  const t4 = page.getByRole("table", { name: "四、政府信息公开行政复议、行政诉讼情况" });
  await expect(t4.locator("thead tr")).toHaveCount(3);
  expect(await numbers(t4)).toEqual(correctedRevisionData().tables.T4.map((v) => String(v)));
  const t2 = page.getByRole("table", { name: "二、主动公开政府信息情况" });
  await expect(t2.locator("tbody")).toHaveCount(4);
  await expect(t2.getByRole("rowheader", { name: "行政规范性文件" })).toBeVisible();
});

test("gov-2019 renders from the same definition: its T2 and 23 T3 rows", async ({ page }) => {
  await page.goto(`/reports/${F.county}/${F.gov2019.filingUnit}/${F.gov2019.year}`);
  const t3 = page.getByRole("table", { name: T3_NAME });
  await expect(t3.locator("tbody tr")).toHaveCount(23);
  expect(await numbers(t3)).toEqual(asText(gov2019Report().tables.T3));
  const t2 = page.getByRole("table", { name: "二、主动公开政府信息情况" });
  await expect(t2.getByRole("rowheader", { name: "规范性文件", exact: true })).toBeVisible();
  await expect(t2.getByRole("cell", { name: "12.5万元" })).toBeVisible();
  await expect(t2.getByRole("cell", { name: "-2", exact: true })).toBeVisible();
});

test("stat-2014 is the 统计指标 / 单位 / 统计数 list, marked as imported", async ({ page }) => {
  await page.goto(`/reports/${F.county}/${F.archive.filingUnit}/${F.archive.year}`);
  const table = page.getByRole("table", { name: "政府信息公开情况统计表" });
  await expect(table.getByRole("columnheader")).toHaveText(["统计指标", "单位", "统计数"]);
  await expect(table.getByRole("row", { name: /（一）主动公开政府信息数 条 95/ })).toBeVisible();
  await expect(page.getByText("历史报告导入（县政府网站存档）")).toBeVisible();
});

test("the 数据核验 box lists what failed at publication; the correction history links every revision", async ({
  page,
}) => {
  await page.goto(REPORT);
  const box = page.getByRole("region", { name: "数据核验" });
  await expect(box).toContainText("未发现问题");
  const history = page.getByRole("region", { name: "更正记录" });
  await expect(history).toContainText(`第1版 · 首次公开 · ${F.corrected.firstPublishedAt}`);
  await expect(history).toContainText(`第2版 · 更正 · ${F.corrected.correctedAt}`);
  await expect(history).toContainText(F.correctionNote);

  await history.getByRole("link", { name: "查看第1版" }).click();
  await expect(page).toHaveURL(`${REPORT}?revision=1`);
  await expect(page.getByRole("note")).toContainText("此报告已于其后更正");
  await expect(page.getByRole("region", { name: "数据核验" })).toContainText("T3-01");
  await expect(page.getByRole("region", { name: "数据核验" })).toContainText("错误");
  const t3 = page.getByRole("table", { name: T3_NAME });
  expect(await numbers(t3)).toEqual(asText(firstRevisionData().tables.T3));
  await expect(page.getByRole("link", { name: "下载PDF" })).toHaveAttribute(
    "href",
    `${REPORT}.pdf?revision=1`,
  );
});

test("the late report shows its warnings, and text that looks like markup stays text", async ({ page }) => {
  await page.goto(`/reports/${F.county}/${F.late.filingUnit}/${F.late.year}`);
  await expect(page.getByRole("region", { name: "数据核验" })).toContainText("S-05");
  await expect(page.getByText("一是<b>公开目录</b>更新不及时", { exact: false })).toBeVisible();
  await expect(page.locator(".report-document b")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the report, its tables and the downloads are all there", async ({ page }) => {
    await page.goto(REPORT);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    expect(await numbers(page.getByRole("table", { name: T3_NAME }))).toHaveLength(175);
    await expect(page.getByRole("link", { name: "下载Word" })).toHaveAttribute("href", `${REPORT}.docx`);
  });

  test("search works as a plain form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "关键词" }).fill("政务新媒体");
    await page.getByRole("button", { name: "检索" }).click();
    await expect(page).toHaveURL(/\/reports\?q=/);
    await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  });
});

test("ships no client code: the cached pages no script at all, the others none beyond Next.js's own", async ({
  page,
}) => {
  const scriptsOf = async (path: string) => {
    await page.goto(path);
    return page
      .locator("script[src]")
      .evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src")).sort());
  };
  for (const path of [
    REPORT,
    `/reports/${F.county}/${F.corrected.year}`,
    `/reports/${F.county}`,
    "/reports",
  ]) {
    await page.goto(path);
    expect(await page.locator("script").count(), path).toBe(0);
  }
  // A page rendered per request carries Next.js's runtime: the bare 404 page is the baseline.
  const baseline = await scriptsOf("/no/such/page");
  expect(baseline.length).toBeGreaterThan(0);
  expect(baseline).toEqual(expect.arrayContaining(await scriptsOf("/reports?q=公开")));
  // Only the print fallback adds a (small) client component.
  const print = await scriptsOf(`${REPORT}/print`);
  expect(print.filter((src) => !baseline.includes(src))).toHaveLength(1);
});

test("on a phone the wide tables scroll in their frame while the row labels stay in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(REPORT);
  const frame = page.locator(`div[role="region"][aria-label="${T3_NAME}"]`);
  const label = frame.getByRole("rowheader", { name: "一、本年新收政府信息公开申请数量" });
  const before = await label.boundingBox();
  const scrolled = await frame.evaluate((el) => {
    el.scrollLeft = 400;
    return el.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(0);
  const after = await label.boundingBox();
  // Still where it was, to the pixel (sub-pixel borders aside), while 400px of numbers went by.
  expect(Math.abs((after?.x ?? 0) - (before?.x ?? 99))).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("the print view shows the report alone", async ({ page }) => {
  await page.goto(REPORT);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "下载与数据" })).toBeHidden();
  await expect(page.getByRole("region", { name: "数据核验" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the PDF fallback opens the browser's print dialog", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "yes");
  });
  await page.goto(`${REPORT}/print`);
  await expect(page.getByRole("status")).toContainText("另存为PDF");
  await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
});
