import type { Db } from "@/lib/db/client";

export interface CommentThread {
  id: string;
  target: string | null;
  status: "open" | "resolved";
  createdAt: Date;
  resolvedAt: Date | null;
  messages: { id: string; body: string; authorName: string; authorRole: string; createdAt: Date }[];
}

/** A report's comment threads, oldest first, each with its replies. */
export async function listCommentThreads(db: Db, reportId: string): Promise<CommentThread[]> {
  const rows = await db.reviewComment.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { name: true, role: true } } },
  });
  const threads = new Map<string, CommentThread>();
  for (const row of rows) {
    const message = { id: row.id, body: row.body, authorName: row.author.name, authorRole: row.author.role, createdAt: row.createdAt };
    if (!row.parentId) {
      threads.set(row.id, {
        id: row.id,
        target: row.target,
        status: row.status === "resolved" ? "resolved" : "open",
        createdAt: row.createdAt,
        resolvedAt: row.resolvedAt,
        messages: [message],
      });
    } else {
      threads.get(row.parentId)?.messages.push(message);
    }
  }
  return [...threads.values()];
}
