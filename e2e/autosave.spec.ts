import { expect, test } from "@playwright/test";
import { currentReportYear, waitForSaved } from "./support/fill-report";
import { login } from "./support/login";

const base = `/fill/jixian/qu-e/${currentReportYear()}`;

// Both tests edit 曲峨镇's report; they run one after the other. Each is a long
// flow (two sign-ins, several saves), so it gets more than the default 30 s.
test.describe.configure({ mode: "serial", timeout: 60_000 });

test("autosave keeps work across a reload and an offline period, and offers back a lost draft", async ({
  page,
  context,
  browser,
}) => {
  await login(page, "qu-e-clerk");
  await page.goto(`${base}/s5`);
  const s5 = page.getByLabel("五、存在的主要问题及改进情况", { exact: true });
  await s5.fill("第一版：信息公开不够及时。");
  await waitForSaved(page);
  await expect(page.getByTestId("save-status")).toContainText(/已保存 \d{2}:\d{2}/);
  await page.reload();
  await expect(s5).toHaveValue("第一版：信息公开不够及时。");

  // Offline: the edit stays on screen and in local storage; it is saved when the network is back.
  await context.setOffline(true);
  await s5.fill("第二版：离线时写下的内容。");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "offline");
  await expect(page.getByTestId("save-status")).toContainText("未保存：离线");
  const stored = await page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.startsWith("nianbao:draft:")).length,
  );
  expect(stored).toBe(1);
  await context.setOffline(false);
  await waitForSaved(page);
  await page.reload();
  await expect(s5).toHaveValue("第二版：离线时写下的内容。");

  // A tab lost while offline (closed, crashed, out of battery): the next visit brings the unsaved
  // text back and saves it. The old tab is left offline rather than closed: a closing tab may still
  // get its save through, and then there is nothing to bring back.
  await context.setOffline(true);
  await s5.fill("第三版：关闭页面前未能保存。");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "offline");
  await page.waitForFunction(() =>
    Object.keys(localStorage).some(
      (k) => k.startsWith("nianbao:draft:") && localStorage.getItem(k)!.includes("第三版"),
    ),
  );
  const later = await browser.newContext({ storageState: await context.storageState() });
  const again = await later.newPage();
  await again.goto(`${base}/s5`);
  await expect(again.getByText("已恢复本机在")).toBeVisible();
  await expect(again.getByLabel("五、存在的主要问题及改进情况", { exact: true })).toHaveValue(
    "第三版：关闭页面前未能保存。",
  );
  await waitForSaved(again);
  await again.reload();
  await expect(again.getByLabel("五、存在的主要问题及改进情况", { exact: true })).toHaveValue(
    "第三版：关闭页面前未能保存。",
  );
  await later.close();
});

test("two sessions editing at once: the second sees the difference and decides, nothing is lost silently", async ({
  browser,
}) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pa = await a.newPage();
  const pb = await b.newPage();
  await login(pa, "qu-e-clerk");
  await login(pb, "qu-e-clerk");
  await pa.goto(`${base}/s6`);
  await pb.goto(`${base}/s6`);

  // Texts of this run only: a retry must change the report again, or there is nothing to conflict.
  const run = Date.now().toString(36);
  const first = `甲：本年度未收取信息处理费。（${run}）`;
  const second = `乙：本年度未收取信息处理费，另报告提案办理情况。（${run}）`;
  await pa.getByLabel("六、其他需要报告的事项", { exact: true }).fill(first);
  await waitForSaved(pa);

  await pb.getByLabel("六、其他需要报告的事项", { exact: true }).fill(second);
  const dialog = pb.getByRole("dialog", { name: "报告已在其他地方被修改" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row").filter({ hasText: "六、其他需要报告的事项" })).toContainText(first);
  await expect(pb.getByTestId("save-status")).toHaveAttribute("data-state", "conflict");
  await dialog.getByRole("button", { name: "保留我的修改" }).click();
  await waitForSaved(pb);

  await pa.reload();
  await expect(pa.getByLabel("六、其他需要报告的事项", { exact: true })).toHaveValue(second);
  await a.close();
  await b.close();
});
