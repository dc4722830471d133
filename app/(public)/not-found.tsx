import { NotFoundMessage } from "@/components/layout/not-found-message";

/** A public page that names nothing published (drafts included). */
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
