/** Liveness: the process answers. Touches no database, so a database outage does not restart servers. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
