import type { ChildProcess } from "node:child_process";

export type ClusterInstance = {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  readonly pid: number | undefined;
  kill(): Promise<void>;
  stop(): Promise<void>;
};

export type Cluster = {
  frontUrl: string;
  databaseUrl: string;
  instances: ClusterInstance[];
  s3: { env: Record<string, string> };
  redis: { url: string; pid: number | undefined };
  varnish: { url: string; pid: number | undefined };
  stop(): Promise<void>;
};

export declare function startCluster(options?: {
  instances?: number;
  frontPort?: number;
  fresh?: boolean;
  build?: boolean;
  distDir?: string;
  schedulerIntervalMs?: number;
  log?: (line: string) => void;
  instanceLog?: (line: string) => void;
}): Promise<Cluster>;
