-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "bankAccountChangedAt" TIMESTAMPTZ(3),
ADD COLUMN     "iban" VARCHAR(34);

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "postalCode" VARCHAR(10);

-- CreateIndex
CREATE INDEX "Provider_insurerId_postalCode_idx" ON "Provider"("insurerId", "postalCode");
