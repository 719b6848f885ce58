-- AlterTable
ALTER TABLE "ArticlePendingUpdate" ADD COLUMN     "proposedKind" TEXT,
ADD COLUMN     "proposedNote" TEXT,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SiteSettings" ADD COLUMN     "writerUpdatesAllowed" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "ArticlePendingUpdate_submittedAt_idx" ON "ArticlePendingUpdate"("submittedAt");
