import type { IncomingMessage, ServerResponse } from "node:http";

export const EDGE_BODY_LIMIT_BYTES: number;
export function refuseOversizedBody(request: IncomingMessage, response: ServerResponse): boolean;
export function keepServingAfterUncaughtErrors(log: (message: string) => void): void;
