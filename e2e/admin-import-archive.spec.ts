/**
 * An administrator imports a county's archive in one go: a .zip opened in the
 * browser, every file read one request at a time, filing units matched by organ
 * or chosen, the confirmed files saved; the same archive again saves nothing.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { countyArchiveFiles } from "../lib/import/fixtures/county-archive";
import { login } from "./support/login";

// Years no other test stores, different on each run against a reused server.
const YEAR = 1990 + (Math.floor(Date.now() / 1000) % 24);

function archive(): Buffer {
  const [tunli, qu] = countyArchiveFiles(["吉县屯里镇人民政府", "曲峨镇"], [YEAR]);
  const [office] = countyArchiveFiles(["吉县人民政府办公室"], [YEAR + 1]);
  if (!tunli || !qu || !office) throw new Error("fixture");
  return Buffer.from(
    zipSync({
      [tunli.name]: tunli.bytes,
      [qu.name]: qu.bytes,
      [office.name]: office.bytes,
      "说明.txt": strToU8("会议通知\n请各单位准时参加。\n"),
      "../逃逸.txt": strToU8("x"),
    }),
  );
}

function row(page: Page, name: string) {
  return page.locator(`tr[data-file="${name}"]`);
}

test("a .zip is read file by file, matched, confirmed and saved; the same archive again saves nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "admin");
  await page.goto("/admin/import");
  await page.getByRole("link", { name: "批量导入" }).click();
  await page.getByLabel("导入到县区").selectOption({ label: "吉县" });
  await page.getByRole("button", { name: "选择", exact: true }).click();
  await expect(page.getByRole("heading", { name: "导入到吉县" })).toBeVisible();

  const zip = { name: "吉县档案.zip", mimeType: "application/zip", buffer: archive() };
  await page.getByLabel("选择文件或压缩包").setInputFiles(zip);
  await expect(row(page, "../逃逸.txt")).toContainText("出于安全原因已跳过");
  await page.getByRole("button", { name: "读取全部文件" }).click();
  await expect(page.getByText("已读取 5 / 5 个文件")).toBeVisible({ timeout: 60_000 });

  const tunli = row(page, `${YEAR}/吉县屯里镇人民政府.txt`);
  await expect(tunli).toContainText("gov-2019");
  await expect(tunli).toContainText("待保存");
  await expect(tunli.getByRole("combobox")).toHaveValue(/.+/);
  await expect(row(page, "说明.txt")).toContainText("无法识别");
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );

  const office = row(page, `${YEAR + 1}/吉县人民政府办公室.txt`);
  await expect(office).toContainText("未能按机关名称找到填报单位，请选择");
  await office.getByRole("combobox").selectOption({ label: "壶口镇" });
  await expect(office).toContainText("待保存");

  await page.getByRole("button", { name: "保存已确认的3份" }).click();
  await expect(page.getByText("保存完成：已保存3份，已有报告跳过0份，失败0份。")).toBeVisible({
    timeout: 60_000,
  });
  await expect(tunli).toContainText("已保存");

  // The same archive again: every report is already stored, nothing to save.
  await page.reload();
  await page.getByLabel("选择文件或压缩包").setInputFiles(zip);
  await page.getByRole("button", { name: "读取全部文件" }).click();
  await expect(page.getByText("已读取 5 / 5 个文件")).toBeVisible({ timeout: 60_000 });
  await expect(tunli).toContainText(`该单位${YEAR}年度已有报告，跳过`);
  await expect(row(page, `${YEAR}/曲峨镇.docx`)).toContainText("已有报告");
  await expect(page.getByRole("button", { name: "保存已确认的0份" })).toBeDisabled();
});

test("a .zip of 1,000 files is refused in Chinese before anything is read", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/import/archive?county=jixian");
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 1000; i += 1) many[`${i}.txt`] = strToU8("x");
  await page
    .getByLabel("选择文件或压缩包")
    .setInputFiles({ name: "many.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync(many)) });
  await expect(page.getByRole("status")).toContainText("有1000个文件，超过一次导入500个的上限，请分批导入");
  await expect(page.locator("tr[data-file]")).toHaveCount(0);
});
