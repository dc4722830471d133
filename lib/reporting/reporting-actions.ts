import type { Done } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { countyPlace } from "@/lib/actions/places";
import { openReportingYear } from "./open-reporting-year";
import { currentReportYear } from "./report-year";
import { countySettingsFormSchema, openReportingYearFormSchema } from "./reporting-settings";
import { updateCountySettings } from "./update-county-settings";

/** The reporting-years page's actions: a county's calendar and publish mode. */

export const openReportingYearAction = defineAction({
  name: "reporting.openYear",
  input: openReportingYearFormSchema,
  need: "administer",
  place: (input, db) => countyPlace(db, input.countyId),
  run: async ({ db, input, now }): Promise<Done> => {
    const { reportingYear, created } = await openReportingYear(db, {
      countyId: input.countyId,
      year: Number(input.year),
      deadline: input.deadline,
      maxYear: currentReportYear(now) + 1,
    });
    const county = await db.county.findUniqueOrThrow({ where: { id: input.countyId } });
    return {
      message: `${county.name}${reportingYear.year}年度${created ? "已开启" : "截止日期已修改"}，公开截止日期 ${reportingYear.deadline}`,
    };
  },
});

export const updateCountySettingsAction = defineAction({
  name: "reporting.updateCountySettings",
  input: countySettingsFormSchema,
  need: "administer",
  place: (input, db) => countyPlace(db, input.countyId),
  run: async ({ db, input }): Promise<Done> => {
    const updated = await updateCountySettings(db, input);
    return {
      message: `已保存：默认截止日期次年 ${updated.defaultDeadline}，${updated.approvalPublishes ? "审核通过即公开" : "审核通过后另行公开"}，${updated.blockEarlySubmission ? "年度结束前不允许提交" : "年度结束前提交须说明原因"}`,
    };
  },
});
