import type { ReactNode } from "react";
import { MainContent } from "@/components/layout/main-content";
import { StaffHeader } from "@/components/layout/staff-header";

/** Work pages (filling, review, administration, sign-in): rendered per request for the signed-in user. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <StaffHeader />
      <MainContent>{children}</MainContent>
    </>
  );
}
