import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` would throw when unset, even for `prisma generate`.
// The placeholder is never connected to: our own runner (lib/db/migrate-runner.ts) passes the real URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/placeholder" },
});
