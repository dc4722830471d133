/**
 * The clerk's printed copy: 预览, 下载PDF and 下载Word of the working copy in
 * the official layout, marked 草稿（未公开） on every page, with the 落款
 * never alone on the last page; the state banners of the editor.
 */
import { expect, test } from "@playwright/test";
import { getFormat } from "../lib/format";
import { computeTotals, type GovReportData } from "../lib/format/report-data";
import { completeReport } from "../tests/db/support/complete-report";
import { readZipEntry } from "../tests/fixtures/read-zip";
import { expectNoViolations, VIEWPORTS } from "./support/axe";
import { login } from "./support/login";
import {
  ensureOwnUsers,
  PREVIEW_UNIT as OWN,
  publishOwnReport,
  resetOwnReport,
} from "./support/own-filing-unit";
import { pdfPageTexts } from "./support/pdf-text";

// Several pages, files and axe runs per test on a shared 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const MARK = "草稿（未公开）";

/** A report whose narratives are `paragraphs` lines of `sentence` each. */
function reportWith(s1Paragraphs: number, s6Paragraphs: number): GovReportData {
  const sentence = "本单位严格落实政府信息公开各项制度，按时更新公开目录，确保信息准确、完整、及时。";
  const lines = (n: number, head: string) =>
    [head, ...Array.from({ length: n }, (_, i) => `${i + 1}.${sentence.repeat(2)}`)].join("\n");
  const data = completeReport();
  data.narratives.s1 = lines(s1Paragraphs, completeReport().narratives.s1);
  data.narratives.s6 = lines(s6Paragraphs, "本年度未收取信息处理费。");
  return computeTotals(getFormat("gov-2021"), data) as GovReportData;
}

test.beforeAll(async () => {
  await ensureOwnUsers(OWN);
});

test("预览 shows the draft in the official layout, marked as a draft, from the task list and the check page", async ({
  page,
}) => {
  await resetOwnReport(OWN, reportWith(0, 0));
  await login(page, OWN.clerk);
  for (const path of [OWN.fill, `${OWN.fill}/check`]) {
    await page.goto(path);
    const links = page.getByRole("navigation", { name: "预览与打印" });
    await expect(links.getByRole("link", { name: "预览" })).toHaveAttribute("href", OWN.preview);
    await expect(links.getByRole("link", { name: "下载PDF" })).toBeVisible();
    await expect(links.getByRole("link", { name: "下载Word" })).toBeVisible();
  }
  await page.getByRole("navigation", { name: "预览与打印" }).getByRole("link", { name: "预览" }).click();
  await expect(page).toHaveURL(OWN.preview);
  await expect(page.getByTestId("report-mark")).toHaveText(MARK);
  await expect(
    page.getByRole("heading", { level: 2, name: `${OWN.organ}${OWN.year}年政府信息公开工作年度报告` }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
  await expect(page.locator(".report-signature")).toContainText(OWN.organ);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();

  // Printed, the page is the document alone with the mark as a watermark.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByTestId("report-mark")).toHaveCSS("position", "fixed");
});

test("axe: the preview at the office screen and on a phone", async ({ page }) => {
  await login(page, OWN.clerk);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(OWN.preview);
    await expect(page.getByTestId("report-mark")).toBeVisible();
    await expectNoViolations(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      viewport.name,
    ).toBeLessThanOrEqual(viewport.width);
  }
});

test("下载PDF and 下载Word of the draft carry 草稿（未公开） on every page", async ({ page }) => {
  test.slow(); // the first PDF starts the server's Chromium
  await resetOwnReport(OWN, reportWith(30, 2));
  await login(page, OWN.clerk);
  const pdf = await page.request.get(`${OWN.preview}/download/pdf`, { maxRedirects: 0 });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toContain("no-store");
  const pages = pdfPageTexts(new Uint8Array(await pdf.body()));
  expect(pages.length).toBeGreaterThanOrEqual(4);
  for (const text of pages) expect(text).toContain(MARK);
  expect(pages[0]).toContain(`${OWN.organ}${OWN.year}年政府信息公开工作年度报告`);
  expect(pages.join("")).not.toContain("下载Word");

  const docx = await page.request.get(`${OWN.preview}/download/docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-disposition"]).toContain(encodeURIComponent(MARK));
  const bytes = new Uint8Array(await docx.body());
  const header = readZipEntry(bytes, "word/header1.xml") ?? "";
  expect(header.replace(/<[^>]+>/g, "")).toContain(MARK);
  // The 落款 keeps with the last paragraph in Word too.
  const body = readZipEntry(bytes, "word/document.xml")!;
  const tail = body.slice(body.lastIndexOf("2.本单位"));
  expect(tail).toContain("<w:keepNext/>");
});

test("the 落款 never stands alone on the last page, for short and long reports", async ({ page }) => {
  test.setTimeout(240_000);
  await login(page, OWN.clerk);
  // The last page's break falls somewhere else for each length; one of them puts it right before the 落款.
  const cases = [0, 1, 2, 3, 4, 5, 6].flatMap((s6) => [
    { s1: 0, s6 },
    { s1: 24, s6 },
  ]);
  for (const c of cases) {
    await resetOwnReport(OWN, reportWith(c.s1, c.s6));
    const response = await page.request.get(`${OWN.preview}/download/pdf`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const pages = pdfPageTexts(new Uint8Array(await response.body()));
    const last = pages.at(-1)!;
    expect(last, `s1 ${c.s1}, s6 ${c.s6}: the last page holds the 落款`).toContain(OWN.organ);
    // What is left once the 落款, the page number and the watermark are taken away: the report's own text.
    const rest = last
      .replace(OWN.organ, "")
      .replace(/\d{4}年\d{1,2}月\d{1,2}日/, "")
      .replace(/—\d+—/, "")
      .replaceAll(MARK, "");
    expect(rest.length, `s1 ${c.s1}, s6 ${c.s6}: ${pages.length} pages, last page “${last}”`).toBeGreaterThan(
      10,
    );
  }
});

test("the editor's banner matches the state, with the reviewer's 更正 reason", async ({ page }) => {
  const reportId = await resetOwnReport(OWN, reportWith(0, 0));
  await login(page, OWN.clerk);
  await page.goto(OWN.fill);
  await expect(page.getByTestId("state-banner")).toHaveCount(0);

  await publishOwnReport(OWN, reportId);
  await page.goto(OWN.fill);
  await expect(page.getByTestId("state-banner")).toContainText("报告已公开");
  await expect(page.getByText("审核期间不能修改")).toHaveCount(0);

  await resetOwnReport(OWN, reportWith(0, 0)).then((id) =>
    publishOwnReport(OWN, id, "第二部分行政许可数量有误，请核实。"),
  );
  await page.goto(OWN.fill);
  await expect(page.getByRole("region", { name: "更正原因" })).toContainText(
    "第二部分行政许可数量有误，请核实。",
  );
  await page.goto(`${OWN.fill}/s2`);
  await expect(page.getByRole("region", { name: "更正原因" })).toBeVisible();
  await page.goto(OWN.preview);
  await expect(page.getByTestId("report-mark")).toHaveText("更正中（未公开）");
});
