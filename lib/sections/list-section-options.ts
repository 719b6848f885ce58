import "server-only";
import { db } from "@/lib/db";

/** Sections as "News", "News › Dunia", … in menu order, for the studio's section picker. */
export async function listSectionOptions() {
  const tops = await db.section.findMany({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      children: { orderBy: { position: "asc" }, select: { id: true, name: true } },
    },
  });
  return tops.flatMap((top) => [
    { id: top.id, label: top.name },
    ...top.children.map((child) => ({ id: child.id, label: `${top.name} › ${child.name}` })),
  ]);
}
