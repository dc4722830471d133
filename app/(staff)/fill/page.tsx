import { redirect } from "next/navigation";
import { requireUser } from "@/lib/authz/guards";
import { fillPaths } from "@/lib/urls/fill-paths";

/** A clerk's home is their filing unit's page. */
export default async function FillHome() {
  const user = await requireUser({ roles: ["clerk"] });
  if (!user.filingUnit || !user.county) redirect("/account/password");
  redirect(fillPaths.unit(user.county.code, user.filingUnit.code));
}
