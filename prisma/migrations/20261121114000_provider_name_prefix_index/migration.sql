-- Provider search is "name starts with, any case" (lib/providers/search.ts): an expression index
-- Prisma's schema cannot state, so it lives only here (Prisma's diff leaves expression indexes alone).
CREATE INDEX "Provider_insurerId_lower_name_idx" ON "Provider" ("insurerId", lower("name") text_pattern_ops);
