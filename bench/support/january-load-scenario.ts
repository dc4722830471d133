/**
 * The people of a January load test, written into the multi-server test
 * database: counties of filing units, one clerk and one draft report per
 * filing unit, one reviewer per county. Every account shares one password hash
 * (hashing is deliberately slow; it is not what the test measures).
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { placeholderEmail } from "@/lib/accounts/create-user";
import type { Db } from "@/lib/db/client";
import { currentReportYear } from "@/lib/reporting/report-year";
import { completeReport } from "../../tests/db/support/complete-report";

export const LOAD_PASSWORD = "load-test-1234";

interface LoadClerk {
  username: string;
  county: string;
  filingUnit: string;
  reportId: string;
}

export interface LoadScenario {
  year: number;
  clerks: LoadClerk[];
  reviewers: { username: string; county: string }[];
}

async function addUser(
  db: Db,
  passwordHash: string,
  user: { username: string; name: string; role: string; countyId: string; filingUnitId?: string },
) {
  const id = randomUUID();
  await db.user.create({
    data: {
      id,
      name: user.name,
      email: placeholderEmail(user.username),
      username: user.username,
      displayUsername: user.username,
      role: user.role,
      countyId: user.countyId,
      filingUnitId: user.filingUnitId ?? null,
      mustChangePassword: false,
    },
  });
  await db.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash },
  });
}

export async function seedJanuaryLoad(
  db: Db,
  counties: number,
  filingUnitsPerCounty: number,
): Promise<LoadScenario> {
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const year = currentReportYear(new Date());
  const data = JSON.parse(JSON.stringify(completeReport()));
  const scenario: LoadScenario = { year, clerks: [], reviewers: [] };
  for (let c = 1; c <= counties; c++) {
    const code = `load${String(c).padStart(2, "0")}`;
    const county = await db.county.create({ data: { code, name: `负载测试县${c}` } });
    const reviewer = `${code}-reviewer`;
    await addUser(db, passwordHash, {
      username: reviewer,
      name: `${code}审核人`,
      role: "reviewer",
      countyId: county.id,
    });
    scenario.reviewers.push({ username: reviewer, county: code });
    for (let t = 1; t <= filingUnitsPerCounty; t++) {
      const filingUnitCode = `t${String(t).padStart(2, "0")}`;
      const filingUnit = await db.filingUnit.create({
        data: {
          countyId: county.id,
          code: filingUnitCode,
          name: `第${t}镇`,
          organName: `负载测试县${c}第${t}镇人民政府`,
        },
      });
      const username = `${code}-${filingUnitCode}-clerk`;
      await addUser(db, passwordHash, {
        username,
        name: `${code}${filingUnitCode}填报人`,
        role: "clerk",
        countyId: county.id,
        filingUnitId: filingUnit.id,
      });
      const report = await db.report.create({
        data: { filingUnitId: filingUnit.id, year, formatId: "gov-2021", status: "draft", data },
      });
      scenario.clerks.push({ username, county: code, filingUnit: filingUnitCode, reportId: report.id });
    }
  }
  return scenario;
}
