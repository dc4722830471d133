/**
 * An administrator imports a published report from a file: the preview of
 * what would be stored, for files over a megabyte too (reports saved
 * with their pictures), and a clear refusal above the importer's limit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { login } from "./support/login";

const readSeed = (file: string) =>
  readFileSync(join(import.meta.dirname, "..", "lib", "demo", "seeds", file), "utf8");
const seed = readSeed("000-tunli-2020.txt");

test("a file over the default 1 MB body limit is read and previewed; an 11 MB one is refused with a message", async ({
  page,
}) => {
  // The preview sends the file's text back to the form, which keeps it for saving: a long round trip.
  test.setTimeout(60_000);
  await login(page, "admin");
  await page.goto("/admin/import");
  await page.getByLabel("导入到填报单位").selectOption({ label: "吉县 · 屯里镇" });

  // The report followed by blank lines, as a saved page padded with markup-free filler.
  const padded = seed + "\n".repeat(1_300_000);
  await page
    .getByLabel("或选择文件")
    .setInputFiles({ name: "tunli-2020.txt", mimeType: "text/plain", buffer: Buffer.from(padded) });
  await page.getByRole("button", { name: "读取并预览" }).click();
  await expect(page.getByRole("heading", { name: /^预览：吉县屯里镇人民政府 2020年度报告/ })).toBeVisible({
    timeout: 30_000,
  });
  // The date the page prints under its title, with its source; the signature's earlier date is listed, not used.
  await expect(page.getByTestId("preview-date")).toContainText("2021-01-30来源：标题下的日期");
  await expect(page.getByTestId("preview-date")).toContainText("另见落款日期 2021-01-27");

  await page.getByLabel("或选择文件").setInputFiles({
    name: "huge.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(11 * 1024 * 1024, 0x20),
  });
  await page.getByRole("button", { name: "读取并预览" }).click();
  await expect(page.getByRole("status")).toHaveText("文件超过10MB，无法导入");
  await expect(page.getByRole("heading", { name: /^预览：/ })).toHaveCount(0);
});

test("a text PDF is read into the same preview and saved; a PDF without a text layer is refused with a message", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, "admin");
  await page.goto("/admin/import");
  await page.getByLabel("导入到填报单位").selectOption({ label: "吉县 · 吉昌镇" });
  const pdf = readFileSync(
    join(import.meta.dirname, "..", "lib", "import", "fixtures", "pdf", "word-songti-wuling-2020.pdf"),
  );
  await page
    .getByLabel("或选择文件")
    .setInputFiles({ name: "wuling-2020.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "读取并预览" }).click();
  await expect(
    page.getByRole("heading", { name: /^预览：重庆市万州区武陵镇人民政府 2020年度报告/ }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole("button", { name: "保存为2020年度历史报告" }).click();
  await expect(page.getByText("已导入为吉县吉昌镇2020年度历史报告（历史导入")).toBeVisible({
    timeout: 30_000,
  });

  // A scan: pages with pictures only, no text.
  const scan = Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
  await page
    .getByLabel("或选择文件")
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: scan });
  await page.getByRole("button", { name: "读取并预览" }).click();
  await expect(page.getByText("需要文字版 PDF（此文件没有可读取的文字层）")).toBeVisible({ timeout: 30_000 });
});

test("a report without a date asks for it, refuses 02-31, and stored empty it is 日期不详, not judged", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await login(page, "admin");
  await page.goto("/admin/import");
  await page.getByLabel("导入到填报单位").selectOption({ label: "吉县 · 壶口镇" });
  // 曲峨镇's 2020 report prints no date anywhere: filed here under 壶口镇 for the year 2020.
  await page.getByLabel("粘贴报告全文").fill(readSeed("003-qu-e-2020.txt"));
  await page.getByRole("button", { name: "读取并预览" }).click();
  await expect(page.getByTestId("preview-date")).toHaveText("原文未写明公开日期", { timeout: 30_000 });

  const date = page.getByLabel("公开日期（原文未写明，如知道请填写）");
  await date.fill("2021-02-31");
  await page.getByRole("button", { name: "保存为2020年度历史报告" }).click();
  await expect(page.getByText("公开日期“2021-02-31”不是真实存在的日期，请核对")).toBeVisible();

  await date.fill("");
  await page.getByRole("button", { name: "保存为2020年度历史报告" }).click();
  await expect(
    page.getByText("已导入为吉县壶口镇2020年度历史报告（历史导入，公开日期：日期不详）"),
  ).toBeVisible();

  // The county never ran 2020 here nor set its deadline: nothing is judged, no day counts.
  await page.goto("/reports/jixian/2020");
  await expect(page.getByTestId("not-assessed")).toContainText("未纳入按时统计");
  const row = (filingUnit: string) => page.locator(`tr[data-filing-unit="${filingUnit}"]`);
  await expect(row("hukou")).toContainText("未纳入统计");
  await expect(row("hukou")).toContainText("日期不详");
  await expect(row("tunli")).toContainText("2021-01-30");
  await expect(page.locator("main")).not.toContainText("逾期");

  await page.goto("/reports/jixian/hukou/2020");
  await expect(page.getByText("日期不详（原文未写明）")).toBeVisible();
});
