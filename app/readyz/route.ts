import { checkReadiness } from "@/lib/health/check-readiness";

/** Readiness: may this server take traffic (database reachable, not shutting down)? */
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
