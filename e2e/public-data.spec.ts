/**
 * Open data and the 404 rule: JSON and CSV of a report round-trip the stored
 * tables; the county-year and the list of every published report; anything
 * not published answers 404 in HTML, JSON and CSV alike.
 */
import { expect, test } from "@playwright/test";
import { csvRecords } from "../tests/fixtures/parse-csv";
import {
  correctedRevisionData,
  firstRevisionData,
  PUBLIC_FIXTURES as F,
} from "../tests/fixtures/public-e2e-data";
import { login } from "./support/login";

const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;

type Tables = { T2: (number | null)[][]; T3: (number | null)[][]; T4: (number | null)[] };

function tablesFromCsv(text: string): Tables {
  const tables: Tables = { T2: [], T3: [], T4: [] };
  for (const r of csvRecords(text)) {
    const value = r.value === "" ? null : Number(r.value);
    if (r.table === "T4") tables.T4[Number(r.column) - 1] = value;
    else (tables[r.table as "T2" | "T3"][Number(r.row) - 1] ??= [])[Number(r.column) - 1] = value;
  }
  return tables;
}

test("the report's JSON holds the published tables in official order and its metadata", async ({
  request,
}) => {
  const response = await request.get(`${REPORT}.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const doc = await response.json();
  const expected = correctedRevisionData();
  expect(doc.tables).toEqual(expected.tables);
  expect(doc.tables.T3).toHaveLength(25);
  expect(doc.tables.T4).toHaveLength(15);
  expect(doc.narratives).toEqual(expected.narratives);
  expect(doc).toMatchObject({
    schema: "nianbao.report/2",
    formatId: "gov-2021",
    organ: F.corrected.organ,
    county: { code: F.county, name: "吉县" },
    filingUnit: { code: F.corrected.filingUnit, name: "屯里镇", kind: "township", kindLabel: "乡镇" },
    year: F.corrected.year,
    publishedAt: F.corrected.firstPublishedAt,
    revision: 2,
    latestRevision: 2,
    corrections: [{ revision: 2, publishedAt: F.corrected.correctedAt, note: F.correctionNote }],
    urls: { html: REPORT, csv: `${REPORT}.csv`, pdf: `${REPORT}.pdf`, docx: `${REPORT}.docx` },
  });
});

test("an earlier revision's JSON and CSV are the first publication, unchanged", async ({ request }) => {
  const doc = await (await request.get(`${REPORT}.json?revision=1`)).json();
  expect(doc.revision).toBe(1);
  expect(doc.tables).toEqual(firstRevisionData().tables);
  expect(doc.checks.map((c: { id: string }) => c.id)).toContain("T3-01");
  const csv = await (await request.get(`${REPORT}.csv?revision=1`)).text();
  expect(tablesFromCsv(csv)).toEqual(firstRevisionData().tables);
});

test("the report's CSV round-trips every cell, with labels, as UTF-8 with a BOM", async ({ request }) => {
  const response = await request.get(`${REPORT}.csv`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toContain("attachment");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(tablesFromCsv(text)).toEqual(correctedRevisionData().tables);
  const records = csvRecords(text);
  expect(records).toHaveLength(10 + 175 + 15);
  expect(records.find((r) => r.cell_id === "T3.r13.c5")).toMatchObject({
    row_label: "（四）无法提供 1.本机关不掌握相关政府信息",
    column_label: "法律服务机构",
    value: "1",
  });
});

test("the county's year lists every filing unit as 按时公开, 逾期公开 or 尚未公开", async ({
  page,
  request,
}) => {
  await page.goto(`/reports/${F.county}/${F.corrected.year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `吉县 · ${F.corrected.year}年度报告公开情况`,
  );
  await expect(page.getByText("公开截止日期：2022年1月31日")).toBeVisible();
  const status = (filingUnit: string) => page.locator(`tr[data-filing-unit="${filingUnit}"] td`).first();
  await expect(status("tunli")).toContainText("按时公开");
  await expect(status("qu-e")).toContainText("逾期公开");
  await expect(status("qu-e")).toContainText("逾期15天");
  await expect(status("jichang")).toContainText("尚未公开");
  await expect(status("hukou")).toContainText("尚未公开");

  const doc = await (await request.get(`/reports/${F.county}/${F.corrected.year}.json`)).json();
  expect(doc.deadline).toBe("2022-01-31");
  const byCode = Object.fromEntries(
    doc.filingUnits.map((t: { code: string; status: string }) => [t.code, t.status]),
  );
  expect(byCode).toMatchObject({
    tunli: "on_time",
    "qu-e": "late",
    jichang: "not_published",
    hukou: "not_published",
  });
  const csv = csvRecords(await (await request.get(`/reports/${F.county}/${F.corrected.year}.csv`)).text());
  expect(csv.find((r) => r.filing_unit_code === "qu-e")).toMatchObject({
    status: "late",
    status_label: "逾期公开",
    published_at: F.late.firstPublishedAt,
  });
});

test("the county's year covers every kind, the county government judged against 31 March", async ({
  page,
  request,
}) => {
  const K = F.kinds;
  await page.goto(`/reports/${K.county}/${K.year}`);
  await expect(
    page.getByText("公开截止日期：2022年1月31日（本县默认截止日期）；本级政府年报：2022年3月31日。"),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "本级政府年报",
    "乡镇（街道）年报",
    "部门年报",
  ]);
  await expect(page.getByText("共 6 个单位：按时公开 3，逾期公开 1，尚未公开 2。")).toBeVisible();
  const group = page.locator("section", { has: page.getByRole("heading", { name: "部门年报" }) });
  await expect(group.getByText("2 个单位：按时公开 0，逾期公开 1，尚未公开 1。")).toBeVisible();
  const status = (code: string) => page.locator(`tr[data-filing-unit="${code}"] td`).first();
  await expect(status(K.government.code)).toHaveText("按时公开");
  await expect(status(K.lateDepartment.code)).toContainText("逾期38天");
  await expect(status(K.department.code)).toContainText("尚未公开");
  await expect(page.locator(`tr[data-filing-unit="${K.retired.code}"] th`)).toHaveText(
    `${K.retired.name}（已撤并/停用）`,
  );
  await expect(page.locator(`tr[data-filing-unit="${K.gone.code}"]`)).toHaveCount(0);

  const doc = await (await request.get(`/reports/${K.county}/${K.year}.json`)).json();
  expect(doc.schema).toBe("nianbao.county-year/2");
  expect(doc.filingUnits.map((u: { code: string; kind: string }) => [u.code, u.kind])).toEqual([
    [K.government.code, "government"],
    [K.street.code, "street"],
    [K.retired.code, "township"],
    [K.township.code, "township"],
    [K.department.code, "department"],
    [K.lateDepartment.code, "department"],
  ]);
  expect(doc.filingUnits[0]).toMatchObject({
    kindLabel: "县人民政府（本级）",
    deadline: "2022-03-31",
    status: "on_time",
  });
  const csv = csvRecords(await (await request.get(`/reports/${K.county}/${K.year}.csv`)).text());
  expect(csv.find((r) => r.filing_unit_code === K.retired.code)).toMatchObject({
    filing_unit: K.retired.name,
    filing_unit_kind: "township",
    filing_unit_kind_label: "乡镇",
    filing_unit_retired: "true",
    status: "on_time",
  });
  expect(csv.find((r) => r.filing_unit_code === K.government.code)).toMatchObject({
    deadline: "2022-03-31",
    status: "on_time",
  });
});

test("/reports.json lists every published report with its URLs, and nothing unpublished", async ({
  request,
}) => {
  const doc = await (await request.get("/reports.json")).json();
  expect(doc.schema).toBe("nianbao.report-list/2");
  expect(doc.count).toBe(doc.reports.length);
  const keys = doc.reports.map(
    (r: { county: { code: string }; filingUnit: { code: string }; year: number }) =>
      `${r.county.code}/${r.filingUnit.code}/${r.year}`,
  );
  expect(keys).toEqual(
    expect.arrayContaining([
      "jixian/tunli/2021",
      "jixian/tunli/2019",
      "jixian/tunli/2018",
      "jixian/qu-e/2021",
    ]),
  );
  for (const u of F.unpublished)
    expect(keys).not.toContain(`${"county" in u ? u.county : F.county}/${u.filingUnit}/${u.year}`);
  const tunli = doc.reports.find((r: { urls: { html: string } }) => r.urls.html === REPORT);
  expect(tunli).toMatchObject({ latestRevision: 2, urls: { json: `${REPORT}.json`, csv: `${REPORT}.csv` } });
  const benji = doc.reports.find((r: { organ: string }) => r.organ === F.kinds.government.name);
  expect(benji?.filingUnit).toEqual({
    code: F.kinds.government.code,
    name: F.kinds.government.name,
    kind: "government",
    kindLabel: "县人民政府（本级）",
  });
  for (const r of doc.reports.slice(0, 3)) expect((await request.get(r.urls.json)).status()).toBe(200);
});

const unpublishedPaths = F.unpublished.map(
  (u) => `/reports/${"county" in u ? u.county : F.county}/${u.filingUnit}/${u.year}`,
);
const unknownPaths = [
  `/reports/nowhere/${F.corrected.filingUnit}/${F.corrected.year}`,
  `/reports/${F.county}/nowhere/${F.corrected.year}`,
  // Before 1990: the archive-import spec saves into a year of 1990–2014 chosen by the clock.
  `/reports/${F.county}/${F.corrected.filingUnit}/1989`,
];

for (const path of [...unpublishedPaths, ...unknownPaths]) {
  test(`404 in HTML, JSON and CSV: ${path}`, async ({ page, request }) => {
    const html = await page.goto(path);
    expect(html?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    const json = await request.get(`${path}.json`);
    expect(json.status()).toBe(404);
    expect(await json.json()).toEqual({ error: "报告不存在或尚未公开" });
    expect((await request.get(`${path}.csv`)).status()).toBe(404);
    expect((await request.get(`${path}.docx`)).status()).toBe(404);
  });
}

test("404 for a revision that was never published, and for malformed ones", async ({ page, request }) => {
  for (const query of ["?revision=3", "?revision=0", "?revision=abc"]) {
    expect((await page.goto(`${REPORT}${query}`))?.status()).toBe(404);
    expect((await request.get(`${REPORT}.json${query}`)).status()).toBe(404);
    expect((await request.get(`${REPORT}.csv${query}`)).status()).toBe(404);
  }
});

test("404 for an unknown county's year, in HTML, JSON and CSV", async ({ page, request }) => {
  expect((await page.goto("/reports/nowhere/2021"))?.status()).toBe(404);
  expect((await request.get("/reports/nowhere/2021.json")).status()).toBe(404);
  expect((await request.get("/reports/nowhere/2021.csv")).status()).toBe(404);
});

test("unpublished stays 404 on the public URLs even for the county's reviewer", async ({ page }) => {
  await login(page, "jixian-reviewer");
  expect((await page.goto(unpublishedPaths[0]!))?.status()).toBe(404);
  expect((await page.request.get(`${unpublishedPaths[0]}.json`)).status()).toBe(404);
});
