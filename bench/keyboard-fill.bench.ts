/**
 * Keystrokes and clicks to fill in and submit a complete report with the
 * keyboard only, in Debian's Chromium against a production server: from the
 * task list, Tab to each section's first field, type every number (a 0 and
 * Tab per typeable cell; computed totals are skipped by Tab), type the three
 * narratives, Tab to 继续 and press Enter, explain any warning, submit. Keys
 * are counted as pressed; narrative text is counted in characters (an IME
 * turns several keys into one character, so characters are a lower bound).
 * No mouse at all: the count of clicks is the measure of that.
 */
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/env/chromium";
import { currentReportYear } from "@/lib/reporting/report-year";
import { NARRATIVES } from "../e2e/support/fill-report";
import { startAppServer } from "./support/start-app-server";

const PORT = 3207;
const EXPLANATION = "本镇统计口径与上级一致，已核实。";

interface Count {
  navigation: number;
  digits: number;
  characters: number;
  clicks: number;
}

const count: Count = { navigation: 0, digits: 0, characters: 0, clicks: 0 };

async function press(page: Page, key: "Tab" | "Enter"): Promise<void> {
  count.navigation += 1;
  await page.keyboard.press(key);
}

/** Tab until the focused element matches; each Tab is counted. */
async function tabTo(page: Page, matches: (el: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
    await press(page, "Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

const isLink = (text: string) =>
  `(el) => el && el.tagName === "A" && el.textContent.trim().startsWith(${JSON.stringify(text)})`;

async function tabToLink(page: Page, text: string): Promise<void> {
  await tabTo(page, new Function(`return ${isLink(text)}`)() as (el: Element) => boolean, `the link ${text}`);
}

async function continueOn(page: Page): Promise<void> {
  await tabToLink(page, "继续");
  const url = page.url();
  await press(page, "Enter");
  await page.waitForURL((u) => u.toString() !== url);
}

async function fillNarrative(page: Page, id: "s1" | "s5" | "s6"): Promise<void> {
  await tabTo(
    page,
    new Function(`return (el) => el && el.id === ${JSON.stringify(id)}`)() as (el: Element) => boolean,
    id,
  );
  await page.keyboard.insertText(NARRATIVES[id]);
  count.characters += NARRATIVES[id].length;
  await continueOn(page);
}

async function fillTable(page: Page): Promise<void> {
  await tabTo(page, (el) => el !== null && el.matches("input[data-cell]:not([readonly])"), "the first cell");
  const typeable = await page.locator("input[data-cell]:not([readonly])").count();
  for (let i = 0; i < typeable; i++) {
    await page.keyboard.press("0");
    count.digits += 1;
    await press(page, "Tab");
  }
  await continueOn(page);
}

const server = await startAppServer(PORT, "keyboard");
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const year = currentReportYear(new Date());
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}/login`);
  await page.getByLabel("用户名").fill("tunli-clerk");
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL(/\/fill\//);
  await page.goto(`${server.url}/fill/jixian/tunli/${year}`);
  await page.getByRole("heading", { name: "填报概览" }).waitFor();

  // Counting starts on the task list, focus at the top of the page.
  await tabToLink(page, "一、总体情况");
  await press(page, "Enter");
  await page.waitForURL(/\/s1$/);
  await fillNarrative(page, "s1");
  await fillTable(page); // s2
  await fillTable(page); // s3
  await fillTable(page); // s4
  await fillNarrative(page, "s5");
  await fillNarrative(page, "s6");
  await page.getByRole("heading", { name: "检查并提交" }).waitFor();
  await page.getByTestId("save-status").and(page.locator('[data-state="saved"]')).waitFor();

  // A first press of 提交审核 opens the explanations each warning needs (GOV.UK: errors on submit).
  const submitButton = (el: Element | null) =>
    el !== null && el.tagName === "BUTTON" && el.textContent?.trim() === "提交审核";
  await tabTo(page, submitButton, "提交审核");
  await press(page, "Enter");
  const explanations = page.getByRole("group", { name: "警告说明" }).getByRole("textbox");
  const warnings = await explanations.count();
  for (let i = 0; i < warnings; i++) {
    await tabTo(
      page,
      new Function(`return (el) => el && el.id === "explain-${i}"`)() as (el: Element) => boolean,
      `explanation ${i}`,
    );
    await page.keyboard.insertText(EXPLANATION);
    count.characters += EXPLANATION.length;
  }
  if (warnings > 0) {
    await tabTo(page, submitButton, "提交审核");
    await press(page, "Enter");
  }
  await page.getByText("报告已提交审核").waitFor({ timeout: 15_000 });

  const keys = count.navigation + count.digits;
  console.log(
    `\nKeyboard only, a complete gov-2021 report from the task list to 报告已提交审核 (${warnings} warning(s) explained):\n`,
  );
  console.log("| measure | count |\n|---|---|");
  console.log(`| navigation keys (Tab, Enter) | ${count.navigation} |`);
  console.log(`| digit keys (one 0 per typeable cell) | ${count.digits} |`);
  console.log(`| keystrokes without the narratives | ${keys} |`);
  console.log(`| narrative and explanation text (characters) | ${count.characters} |`);
  console.log(`| mouse clicks | ${count.clicks} |`);
} finally {
  await browser.close();
  await server.stop();
}
