-- AlterTable
ALTER TABLE "ArticleListCount" ADD COLUMN "lastmod" TIMESTAMP(3);

-- The sitemap index lists one file per month of published articles with its lastmod. Counting them
-- read every published article's index entry (0.7 s at a million articles, after every
-- publication); the trigger that keeps the lists' counts now keeps a row per month ("m:YYYY-MM")
-- too. Hand-written: Prisma's schema cannot express triggers.
CREATE FUNCTION article_month_bump(month_key text, delta int, changed_at timestamp) RETURNS void AS $$
  INSERT INTO "ArticleListCount" (key, published, lastmod) VALUES (month_key, delta, changed_at)
  ON CONFLICT (key) DO UPDATE SET published = "ArticleListCount".published + EXCLUDED.published,
    lastmod = greatest("ArticleListCount".lastmod, EXCLUDED.lastmod);
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION article_list_count_article() RETURNS trigger AS $$
DECLARE
  was boolean := TG_OP <> 'INSERT' AND OLD.status = 'PUBLISHED';
  now_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED';
  old_month text := CASE WHEN was THEN 'm:' || to_char(OLD."publishedAt", 'YYYY-MM') END;
  new_month text := CASE WHEN now_published THEN 'm:' || to_char(NEW."publishedAt", 'YYYY-MM') END;
BEGIN
  -- A month's file changes when an article leaves it (now), or joins or changes in it (the time
  -- its sitemap entry shows: the last content update, else the publication).
  IF old_month IS NOT NULL AND old_month IS DISTINCT FROM new_month THEN
    PERFORM article_month_bump(old_month, -1, (now() AT TIME ZONE 'UTC')::timestamp);
  END IF;
  IF new_month IS NOT NULL THEN
    PERFORM article_month_bump(new_month, CASE WHEN new_month = old_month THEN 0 ELSE 1 END,
      coalesce(NEW."contentUpdatedAt", NEW."publishedAt"));
  END IF;

  IF TG_OP = 'UPDATE' AND was = now_published
     AND (NOT was OR (OLD."sectionId" = NEW."sectionId" AND OLD."writerId" = NEW."writerId")) THEN
    RETURN NULL;
  END IF;
  IF was THEN
    PERFORM article_list_count_bump('all', -1);
    PERFORM article_list_count_bump('s:' || OLD."sectionId", -1);
    PERFORM article_list_count_bump('w:' || OLD."writerId", -1);
    -- On DELETE the topic links are counted down by their own trigger's BEFORE twin.
    IF TG_OP = 'UPDATE' AND NOT now_published THEN
      PERFORM article_list_count_bump('t:' || "topicId", -1) FROM "ArticleTopic" WHERE "articleId" = OLD.id;
    END IF;
  END IF;
  IF now_published THEN
    PERFORM article_list_count_bump('all', 1);
    PERFORM article_list_count_bump('s:' || NEW."sectionId", 1);
    PERFORM article_list_count_bump('w:' || NEW."writerId", 1);
    IF TG_OP = 'UPDATE' AND NOT was THEN
      PERFORM article_list_count_bump('t:' || "topicId", 1) FROM "ArticleTopic" WHERE "articleId" = NEW.id;
    END IF;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER article_list_count ON "Article";
CREATE TRIGGER article_list_count
  AFTER INSERT OR DELETE OR UPDATE OF status, "sectionId", "writerId", "publishedAt", "contentUpdatedAt", slug
  ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_list_count_article();

INSERT INTO "ArticleListCount" (key, published, lastmod)
SELECT 'm:' || to_char("publishedAt", 'YYYY-MM'), count(*)::int, max(coalesce("contentUpdatedAt", "publishedAt"))
FROM "Article" WHERE status = 'PUBLISHED' GROUP BY 1
ON CONFLICT (key) DO UPDATE SET published = EXCLUDED.published, lastmod = EXCLUDED.lastmod;
