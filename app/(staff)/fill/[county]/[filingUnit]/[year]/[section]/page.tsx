import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionEditor } from "@/components/report-editor/section-editor";
import type { SectionId } from "@/lib/format/types";

const SECTIONS = new Set<string>(["s1", "s2", "s3", "s4", "s5", "s6"]);

export const metadata: Metadata = { title: "填写" };

export default async function SectionPage({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  if (!SECTIONS.has(section)) notFound();
  return <SectionEditor sectionId={section as SectionId} />;
}
