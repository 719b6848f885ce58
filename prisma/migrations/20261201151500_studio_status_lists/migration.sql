-- CreateIndex
CREATE INDEX "Article_writerId_status_updatedAt_id_idx" ON "Article"("writerId", "status", "updatedAt" DESC, "id" DESC);
