import { redirect } from "next/navigation";
import { requireUser } from "@/lib/authz/guards";

/** A clerk's home is their filing unit's page. */
export default async function FillHome() {
  const user = await requireUser({ roles: ["clerk"] });
  if (!user.filingUnit || !user.county) redirect("/account/password");
  redirect(`/fill/${user.county.code}/${user.filingUnit.code}`);
}
