import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/authz/guards";
import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { reviewPaths } from "@/lib/urls/review-paths";

/** A reviewer lands on their county; an admin of every county picks one. */
export default async function ReviewHome() {
  const user = await requireUser({ roles: ["reviewer", "admin"] });
  if (user.county) redirect(reviewPaths.dashboard(user.county.code));
  const counties = (await db.county.findMany({ orderBy: { code: "asc" } })).filter((c) =>
    canReadCounty(user, c.id),
  );
  return (
    <>
      <PageHeading title="审核 · 选择县区" />
      <ul className="space-y-2">
        {counties.map((c) => (
          <li key={c.id}>
            <Link className="text-gov-600 underline" href={reviewPaths.dashboard(c.code)}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
