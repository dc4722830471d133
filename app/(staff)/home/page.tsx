import { redirect } from "next/navigation";
import { requireUser } from "@/lib/authz/guards";
import { homePathOf } from "@/lib/authz/policy";

/** Lands each signed-in user on their role's home. */
export default async function HomeRedirect() {
  const user = await requireUser();
  redirect(homePathOf(user));
}
