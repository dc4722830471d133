import type { ReactNode } from "react";
import { MainContent } from "@/components/layout/main-content";
import { SiteHeader } from "@/components/layout/site-header";

/** Public pages: the same for every reader, so the session is never read here. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader session="not-read" />
      <MainContent>{children}</MainContent>
    </>
  );
}
