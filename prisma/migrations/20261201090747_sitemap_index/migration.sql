-- CreateIndex
CREATE INDEX "Article_sitemap_idx" ON "Article"("status", "publishedAt", "id", "contentUpdatedAt");
