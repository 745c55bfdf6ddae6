import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const forbiddenInRules = [
  { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "lib/rules is pure: no UI framework imports." },
  { group: ["@prisma/*", "prisma", "*/generated/*", "@/lib/db/*", "pg", "pg-boss"], message: "lib/rules is pure: no database imports." },
  { group: ["fs", "fs/*", "node:*", "path", "http", "https", "net", "child_process", "os", "process"], message: "lib/rules is pure: no I/O imports." },
  { group: ["@/*", "server-only"], message: "lib/rules uses relative imports only and runs in the browser too." },
];

// lib/access/can.ts decides authorisation from facts loaded beforehand: pure like lib/rules
// (type imports of ../auth/current-user.types are erased).
const forbiddenInCan = [
  ...forbiddenInRules.map((pattern) => ({ ...pattern, message: pattern.message.replace("lib/rules", "lib/access/can.ts") })),
  { group: ["**/db/**", "./actor", "./health-data"], message: "lib/access/can.ts is pure: the facts come loaded beforehand (lib/access/actor.ts)." },
];

// Pages, layouts and route handlers await a loader or service in lib/ and render; the database
// stays behind those (issue 8). Relative spellings of the same modules are caught too.
const forbiddenInApp = [
  {
    group: ["@/lib/db/client", "@/lib/db/generated", "@/lib/db/generated/*", "**/lib/db/client", "**/lib/db/generated", "**/lib/db/generated/**"],
    message: "app/ does not touch the database: call a loader or service in lib/ (e.g. lib/claims/member/pages.ts) that uses db() itself.",
  },
];

const config = [
  ...coreWebVitals,
  ...typescript,
  { ignores: [".next/**", ".data/**", "lib/db/generated/**", "coverage/**", "playwright-report/**", "test-results/**", "next-env.d.ts", ".scratch/**"] },
  {
    // Environment variables are read and validated in one place: lib/env.ts.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"],
    ignores: ["lib/env.ts", "lib/cli/**", "lib/testing/**", "**/*.test.ts", "lib/db/generated/**"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts." }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: forbiddenInApp }],
    },
  },
  {
    files: ["lib/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: forbiddenInRules }],
      "no-restricted-globals": ["error", { name: "process", message: "lib/rules is pure: no environment access." }],
    },
  },
  {
    files: ["lib/access/can.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: forbiddenInCan }],
      "no-restricted-globals": ["error", { name: "process", message: "lib/access/can.ts is pure: no environment access." }],
    },
  },
];

export default config;
