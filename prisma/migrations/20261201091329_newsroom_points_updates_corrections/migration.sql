-- CreateEnum
CREATE TYPE "PointsEntryKind" AS ENUM ('ACCRUAL', 'BONUS', 'RESERVE', 'RELEASE');

-- CreateEnum
CREATE TYPE "PayoutMethod" AS ENUM ('BANK', 'EWALLET', 'VOUCHER', 'PHONE_CREDIT');

-- CreateEnum
CREATE TYPE "RedemptionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "PublicChangeKind" AS ENUM ('UPDATE', 'CORRECTION');

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" BIGSERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "PointsEntryKind" NOT NULL,
    "points" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "articleId" TEXT,
    "views" INTEGER,
    "redemptionId" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "viewsPerPoint" INTEGER NOT NULL DEFAULT 100,
    "minimumRedemption" INTEGER NOT NULL DEFAULT 500,
    "rupiahPerPoint" INTEGER NOT NULL DEFAULT 100,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "PointsSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Redemption" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "method" "PayoutMethod" NOT NULL,
    "accountCipher" TEXT NOT NULL,
    "accountMasked" TEXT NOT NULL,
    "status" "RedemptionStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "paidAt" TIMESTAMP(3),
    "paidReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Redemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePublicChange" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "PublicChangeKind" NOT NULL,
    "note" TEXT NOT NULL,
    "authorId" TEXT,
    "beforeText" TEXT,
    "afterText" TEXT,
    "version" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticlePublicChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePendingUpdate" (
    "articleId" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "subtitle" TEXT NOT NULL,
    "datelineCity" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "heroImageUrl" TEXT,
    "heroImageAlt" TEXT,
    "heroImageCaption" TEXT,
    "heroImageCredit" TEXT,
    "topicIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "proposedTopics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticlePendingUpdate_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "PointsEntry_userId_id_idx" ON "PointsEntry"("userId", "id");

-- CreateIndex
CREATE INDEX "PointsEntry_articleId_kind_idx" ON "PointsEntry"("articleId", "kind");

-- CreateIndex
CREATE INDEX "Redemption_status_createdAt_idx" ON "Redemption"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Redemption_userId_createdAt_idx" ON "Redemption"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticlePublicChange_articleId_createdAt_idx" ON "ArticlePublicChange"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticlePublicChange_kind_createdAt_idx" ON "ArticlePublicChange"("kind", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redemption" ADD CONSTRAINT "Redemption_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePublicChange" ADD CONSTRAINT "ArticlePublicChange_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePendingUpdate" ADD CONSTRAINT "ArticlePendingUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below (Prisma cannot express these).

-- The points ledger is append-only like the audit log: a balance is the sum of its entries, so an
-- entry is never changed or removed; a mistake is answered with a new entry.
CREATE FUNCTION points_entry_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'PointsEntry is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER points_entry_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "PointsEntry"
  FOR EACH ROW EXECUTE FUNCTION points_entry_is_append_only();

CREATE TRIGGER points_entry_no_truncate
  BEFORE TRUNCATE ON "PointsEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION points_entry_is_append_only();

-- At most one pending redemption per writer, whatever races the application loses.
CREATE UNIQUE INDEX "Redemption_one_pending_per_user" ON "Redemption" ("userId") WHERE status = 'PENDING';

-- The settings row exists from the start with the defaults.
INSERT INTO "PointsSettings" (id, "viewsPerPoint", "minimumRedemption", "rupiahPerPoint", "updatedAt")
VALUES (1, 100, 500, 100, CURRENT_TIMESTAMP);

-- The single overwritable correction field becomes the first entry of each article's public log.
INSERT INTO "ArticlePublicChange" (id, "articleId", kind, note, "createdAt")
SELECT 'legacy-' || id, id, 'CORRECTION', "correctionNote", coalesce("correctionAt", "updatedAt")
FROM "Article" WHERE "correctionNote" IS NOT NULL;
