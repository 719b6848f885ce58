import type { ChildProcess } from "node:child_process";

type Part = { pid: number | undefined; child: ChildProcess; stop(): Promise<void> };
type Log = (line: string) => void;

export declare const SHIPPED_VCL: string;
export declare function freePort(): Promise<number>;
export declare function waitForPort(
  port: number,
  timeoutMs?: number,
  child?: ChildProcess,
): Promise<void>;
export declare function backendsVcl(
  backends: { host?: string; port: number }[],
  purgers?: string[],
): string;
export declare function startVarnish(options: {
  port: number;
  backends: { host?: string; port: number }[];
  purgers?: string[];
  memoryMb?: number;
  log?: Log;
}): Promise<Part & { url: string }>;
export declare function startRedis(options: {
  port: number;
  log?: Log;
}): Promise<Part & { url: string }>;
export declare function startS3(options: {
  port: number;
  bucket?: string;
  log?: Log;
}): Promise<Part & { env: Record<string, string> }>;
