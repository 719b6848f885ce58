import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's (npm run format); ESLint keeps to correctness.
  prettier,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/**",
    ],
  },
  {
    rules: {
      // Read configuration through lib/env.ts, which validates it.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Use `env` from lib/env.ts." },
      ],
    },
  },
  {
    // The one place reader pages get an <img>: images are stored already resized (lib/media) and
    // next.config.js sets images.unoptimized, so next/image would add only a client component.
    files: ["components/site/plain-image.tsx"],
    rules: { "@next/next/no-img-element": "off" },
  },
  {
    // Scripts, tests, seeds and config run outside Next and read their environment directly.
    files: [
      "scripts/**",
      "bench/**",
      "e2e/**",
      "e2e-cluster/**",
      "test/**",
      "prisma/**",
      "lib/env.ts",
      "lib/cache/next-cache-handler.mjs", // loaded by Next itself, outside the bundles
      "instrumentation.ts",
      "*.config.*",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
