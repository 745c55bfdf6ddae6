import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside a React Server Components bundle; in tests it is a no-op.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["lib/testing/integration-global-setup.ts"],
          setupFiles: ["lib/testing/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["lib/rules/**/*.ts", "lib/access/can.ts"],
      exclude: ["lib/rules/**/*.test.ts", "lib/rules/**/*.bench.ts", "lib/rules/README.md"],
      reporter: ["text-summary", "text"],
      // lib/access/can.ts is the one authorisation decision: every branch is tested (can.test.ts).
      thresholds: { "lib/rules/**": { lines: 95 }, "lib/access/can.ts": { lines: 100, branches: 100 } },
    },
  },
});
