-- CreateTable
CREATE TABLE "PopularArticleSnapshot" (
    "articleId" TEXT NOT NULL,
    "views" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PopularArticleSnapshot_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "PopularArticleSnapshot_views_idx" ON "PopularArticleSnapshot"("views" DESC);

-- AddForeignKey
ALTER TABLE "PopularArticleSnapshot" ADD CONSTRAINT "PopularArticleSnapshot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
