import type { Metadata } from "next";
import { CheckAndSubmit } from "@/components/report-editor/check-and-submit";

export const metadata: Metadata = { title: "检查并提交" };

export default function CheckPage() {
  return <CheckAndSubmit />;
}
