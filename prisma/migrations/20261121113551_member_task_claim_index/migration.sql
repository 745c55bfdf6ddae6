-- CreateIndex
CREATE INDEX "MemberTask_claimId_status_idx" ON "MemberTask"("claimId", "status");
