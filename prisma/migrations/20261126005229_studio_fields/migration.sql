-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "lastEditedById" TEXT,
ADD COLUMN     "proposedTopics" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewedAt" TIMESTAMP(3);
