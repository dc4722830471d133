import { MainContent } from "@/components/layout/main-content";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteHeader } from "@/components/layout/site-header";

/**
 * The root boundary, rendered in the root layout alone, so it brings the
 * public header. Unmatched URLs are answered by app/(public)/[...unmatched].
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader session="not-read" />
      <MainContent>
        <NotFoundMessage />
      </MainContent>
    </>
  );
}
