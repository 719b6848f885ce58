import "server-only";
import { db } from "@/lib/db";

/** Every topic, by name, for pickers in the studio and the desk. */
export async function listTopicOptions() {
  return db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
