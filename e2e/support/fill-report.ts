import { expect, type Locator, type Page } from "@playwright/test";

/** The report year the clerk is asked for today (lib/reporting/report-year.ts). */
export function currentReportYear(today = new Date()): number {
  return today.getMonth() >= 9 ? today.getFullYear() : today.getFullYear() - 1;
}

/** Narratives that cover every required topic (S-03) and the processing fee (S-05). */
export const NARRATIVES = {
  s1: "（一）主动公开：本年主动公开政府信息120条。（二）依申请公开：本年未收到政府信息公开申请。（三）政府信息管理：严格保密审查，动态更新公开目录。（四）政府信息公开平台建设：维护政府网站专栏和公开栏。（五）监督保障：开展工作考核和社会评议，未发生责任追究。",
  s5: "存在的主要问题：部分信息公开不够及时。改进情况：建立信息发布台账，按周督办。",
  s6: "本年度未收取信息处理费。",
};

/** Pastes tab-separated rows into the cell, as a spreadsheet copy would. */
export async function pasteInto(cell: Locator, rows: string[][]): Promise<void> {
  await cell.focus();
  await cell.evaluate(
    (el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    rows.map((r) => r.join("\t")).join("\n"),
  );
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}

const zeros = (n: number) => Array.from({ length: n }, () => "0");

/** Fills every section of the report at `base` (…/fill/<county>/<filing unit>/<year>) with a consistent all-zero report. */
export async function fillCompleteReport(
  page: Page,
  base: string,
  t2Rules: [string, string, string] = ["0", "0", "0"],
): Promise<void> {
  await page.goto(`${base}/s1`);
  await page.getByLabel("一、总体情况", { exact: true }).fill(NARRATIVES.s1);

  await page.goto(`${base}/s2`);
  await pasteInto(page.getByLabel("规章 本年制发件数"), [t2Rules, zeros(3)]);
  for (const name of [
    "行政许可 本年处理决定数量",
    "行政处罚 本年处理决定数量",
    "行政强制 本年处理决定数量",
  ]) {
    await page.getByLabel(name).fill("0");
  }
  await page.getByLabel("行政事业性收费 本年收费金额（单位：万元）").fill("0");

  await page.goto(`${base}/s3`);
  // 25 rows × the 6 input columns (总计 is computed); the 总计 row (r24) is computed too.
  const rows = Array.from({ length: 23 }, () => zeros(6));
  await pasteInto(page.getByLabel("一、本年新收政府信息公开申请数量 自然人"), rows);
  await pasteInto(page.getByLabel("四、结转下年度继续办理 自然人"), [zeros(6)]);

  await page.goto(`${base}/s4`);
  await pasteInto(page.getByLabel("行政复议 结果维持"), [zeros(12)]);

  await page.goto(`${base}/s5`);
  await page.getByLabel("五、存在的主要问题及改进情况", { exact: true }).fill(NARRATIVES.s5);
  await page.goto(`${base}/s6`);
  await page.getByLabel("六、其他需要报告的事项", { exact: true }).fill(NARRATIVES.s6);
  await waitForSaved(page);
}

/**
 * Presses 提交审核 on the check page, explains every warning it then asks
 * about (a report of the current year is early until 1 January: D-02), and
 * presses it again; waits for the confirmation.
 */
export async function submitExplainingWarnings(
  page: Page,
  explanation = "已核实，按实际情况填报。",
): Promise<void> {
  const submit = page.getByRole("button", { name: "提交审核" });
  await submit.click();
  const done = page.getByRole("status").filter({ hasText: "报告已提交审核" });
  const asked = page.getByRole("group", { name: "警告说明" }).getByRole("textbox");
  await expect(done.or(asked.first())).toBeVisible();
  if (await done.isVisible()) return;
  for (const box of await asked.all()) await box.fill(explanation);
  // On SQLite the specs' own setup writes beside the server: a submit that meets their write lock
  // is refused as "数据库暂时无法连接…请稍后重试", and the clerk is told to press again.
  const retry = page.getByRole("alert").filter({ hasText: "数据库暂时无法连接" });
  for (let attempt = 1; attempt <= 3; attempt++) {
    await submit.click();
    await expect(done.or(retry)).toBeVisible();
    if (await done.isVisible()) return;
    await page.waitForTimeout(1_000);
  }
  await expect(done).toBeVisible();
}
