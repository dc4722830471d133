import type { Metadata } from "next";
import { TaskList } from "@/components/report-editor/task-list";

export const metadata: Metadata = { title: "填报概览" };

export default function ReportTaskListPage() {
  return <TaskList />;
}
