/** The statutory title: organ, year, fixed wording. */
export function reportTitle(organName: string, year: number): string {
  return `${organName}${year}年政府信息公开工作年度报告`;
}
