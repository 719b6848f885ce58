import "server-only";
import os from "node:os";
import { env } from "@/lib/env";

/** This server instance's name: WARTA_INSTANCE_ID, or host name and process id. */
export const instanceId = env.WARTA_INSTANCE_ID ?? `${os.hostname()}:${process.pid}`;
