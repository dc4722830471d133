import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * Every URL no route matches. Rendered per request, unlike Next.js's built-in
 * static 404 page, so that its scripts carry the nonce of the request's
 * Content-Security-Policy.
 */
export default async function UnmatchedPage() {
  await connection();
  notFound();
}
