/**
 * The public entry points: home (search, counties, latest publications),
 * /reports with its filters and search, the county and filing unit pages, and
 * axe checks on each with no violations.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";

const TITLE = `${F.corrected.organ}${F.corrected.year}年政府信息公开工作年度报告`;
const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, summary.join("\n")).toEqual([]);
}

test("home: search box, counties with their year's status, latest publications", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("searchbox", { name: "关键词" })).toBeVisible();
  await expect(page.getByRole("link", { name: "吉县", exact: true })).toHaveAttribute(
    "href",
    "/reports/jixian",
  );
  const latest = page.locator("section", { has: page.getByRole("heading", { name: "最新公开" }) });
  await expect(latest.getByRole("link", { name: TITLE })).toBeVisible();
});

test("/reports filters by county, filing unit and year, and searches the text", async ({ page }) => {
  await page.goto("/reports");
  await page.getByRole("combobox", { name: "填报单位" }).selectOption({ label: "屯里镇" });
  await page.getByRole("combobox", { name: "年度" }).selectOption("2021");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/unit=tunli/);
  // The parameter's name in links made before units of every kind still filters.
  await page.goto("/reports?township=tunli&year=2021");
  await expect(page.getByRole("heading", { name: /找到 1 份报告/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { name: /找到 1 份报告/ })).toBeVisible();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();

  await page.goto(`/reports?q=${encodeURIComponent("公开目录 每月检查")}`);
  await expect(page.getByRole("heading", { name: /找到 1 份报告/ })).toBeVisible();
  await expect(page.getByText("…").first()).toBeVisible();

  await page.goto(`/reports?county=${F.county}&year=2021`);
  const titles = await page.locator("main ul li h3").allTextContents();
  expect(titles).toEqual(expect.arrayContaining([TITLE, "吉县曲峨镇人民政府2021年政府信息公开工作年度报告"]));
  expect(titles.some((t) => t.includes("吉昌镇") || t.includes("壶口镇"))).toBe(false);
});

test("county and filing unit pages lead to the county's years and a filing unit's reports", async ({
  page,
}) => {
  await page.goto(`/reports/${F.county}`);
  await page.getByRole("link", { name: "2021年度", exact: true }).click();
  await expect(page).toHaveURL(`/reports/${F.county}/2021`);
  await page.getByRole("link", { name: "阅读屯里镇2021年度报告" }).click();
  await expect(page).toHaveURL(REPORT);
  await page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "屯里镇" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${F.corrected.organ} · 政府信息公开工作年度报告`,
  );
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
});

const K = F.kinds;

test("a county page lists its units and their reports by kind, as county portals do", async ({ page }) => {
  await page.goto(`/reports/${K.county}`);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "各年度公开情况",
    "本级政府年报",
    "乡镇（街道）年报",
    "部门年报",
  ]);
  const group = (heading: string) =>
    page.locator("section", { has: page.getByRole("heading", { level: 2, name: heading }) });
  const units = (heading: string) => group(heading).getByRole("heading", { level: 3 }).allTextContents();
  expect(await units("本级政府年报")).toEqual([K.government.name]);
  expect(await units("乡镇（街道）年报")).toEqual([
    K.street.name,
    `${K.retired.name}（已撤并/停用）`,
    K.township.name,
  ]);
  // The unit abolished before it ever reported is not listed; departments by code.
  expect(await units("部门年报")).toEqual([K.department.name, K.lateDepartment.name]);
  const local = group("乡镇（街道）年报");
  await expect(local.locator(`[data-filing-unit="${K.township.code}"]`)).toContainText("暂无已公开的报告");
  await local.getByRole("link", { name: `${K.retired.name} ${K.year}年度报告` }).click();
  await expect(page).toHaveURL(`/reports/${K.county}/${K.retired.code}/${K.year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `类别示例县河西乡人民政府${K.year}年政府信息公开工作年度报告`,
  );
});

test("home and the search form group units by kind", async ({ page }) => {
  await page.goto("/");
  const card = page.locator("li", { has: page.getByRole("link", { name: K.name, exact: true }) });
  await expect(card.locator("dt")).toHaveText(["本级：", "乡镇（街道）：", "部门："]);
  await expect(card.locator("dd").nth(2)).toHaveText(`${K.department.name}、${K.lateDepartment.name}`);

  await page.goto("/reports");
  const select = page.getByRole("combobox", { name: "填报单位" });
  const groups = await select
    .locator("optgroup")
    .evaluateAll((els) => els.map((el) => el.getAttribute("label")));
  expect(groups.filter((label) => label?.startsWith(K.name))).toEqual([
    `${K.name} · 本级`,
    `${K.name} · 乡镇（街道）`,
    `${K.name} · 部门`,
  ]);
  await select.selectOption(K.lateDepartment.code);
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(new RegExp(`unit=${K.lateDepartment.code}`));
  await expect(
    page.getByRole("link", { name: `${K.lateDepartment.organ}${K.year}年政府信息公开工作年度报告` }),
  ).toBeVisible();
});

const axePages: { path: string; heading: string | RegExp; phone?: boolean }[] = [
  { path: "/", heading: "政府信息公开工作年度报告" },
  { path: "/reports", heading: "公开报告" },
  { path: `/reports?q=${encodeURIComponent("信息处理费")}`, heading: "公开报告" },
  { path: REPORT, heading: TITLE },
  { path: REPORT, heading: TITLE, phone: true },
  { path: `${REPORT}?revision=1`, heading: TITLE },
  {
    path: `/reports/${F.county}/${F.gov2019.filingUnit}/${F.gov2019.year}`,
    heading: /2019年政府信息公开工作年度报告$/,
  },
  {
    path: `/reports/${F.county}/${F.archive.filingUnit}/${F.archive.year}`,
    heading: /2018年政府信息公开工作年度报告$/,
  },
  { path: `/reports/${F.county}/2021`, heading: "吉县 · 2021年度报告公开情况" },
  { path: `/reports/${F.county}`, heading: "吉县 · 政府信息公开工作年度报告" },
  {
    path: `/reports/${F.county}/${F.corrected.filingUnit}`,
    heading: `${F.corrected.organ} · 政府信息公开工作年度报告`,
  },
  { path: `/reports/${K.county}`, heading: `${K.name} · 政府信息公开工作年度报告` },
  { path: `/reports/${K.county}/${K.year}`, heading: `${K.name} · ${K.year}年度报告公开情况` },
  { path: `/reports/${K.county}/${K.year}`, heading: `${K.name} · ${K.year}年度报告公开情况`, phone: true },
];

for (const p of axePages) {
  test(`axe: ${p.path}${p.phone ? " (phone)" : ""}`, async ({ page }) => {
    if (p.phone) await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(p.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    await expectNoViolations(page);
  });
}
