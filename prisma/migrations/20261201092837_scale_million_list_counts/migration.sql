-- CreateTable
CREATE TABLE "ArticleListCount" (
    "key" TEXT NOT NULL,
    "published" INTEGER NOT NULL,

    CONSTRAINT "ArticleListCount_pkey" PRIMARY KEY ("key")
);

-- Kept by triggers, so no code path (publish, unpublish, move, delete, topic merge, seeds) can forget
-- it. Hand-written: Prisma's schema cannot express triggers.
CREATE FUNCTION article_list_count_bump(list_key text, delta int) RETURNS void AS $$
  INSERT INTO "ArticleListCount" (key, published) VALUES (list_key, delta)
  ON CONFLICT (key) DO UPDATE SET published = "ArticleListCount".published + EXCLUDED.published;
$$ LANGUAGE sql;

CREATE FUNCTION article_list_count_article() RETURNS trigger AS $$
DECLARE
  was boolean := TG_OP <> 'INSERT' AND OLD.status = 'PUBLISHED';
  now_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED';
BEGIN
  IF TG_OP = 'UPDATE' AND was = now_published
     AND (NOT was OR (OLD."sectionId" = NEW."sectionId" AND OLD."writerId" = NEW."writerId")) THEN
    RETURN NULL;
  END IF;
  IF was THEN
    PERFORM article_list_count_bump('all', -1);
    PERFORM article_list_count_bump('s:' || OLD."sectionId", -1);
    PERFORM article_list_count_bump('w:' || OLD."writerId", -1);
    -- On DELETE the topic links are counted down by their own trigger's BEFORE twin below.
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

CREATE TRIGGER article_list_count
  AFTER INSERT OR DELETE OR UPDATE OF status, "sectionId", "writerId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_list_count_article();

-- Before the row goes, while its topic links still exist (the cascade deletes them next, and by then
-- the article can no longer be looked up).
CREATE FUNCTION article_list_count_article_topics_gone() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'PUBLISHED' THEN
    PERFORM article_list_count_bump('t:' || "topicId", -1) FROM "ArticleTopic" WHERE "articleId" = OLD.id;
  END IF;
  RETURN OLD;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_list_count_before_delete
  BEFORE DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_list_count_article_topics_gone();

CREATE FUNCTION article_list_count_topic_link() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND EXISTS (
    SELECT 1 FROM "Article" WHERE id = OLD."articleId" AND status = 'PUBLISHED'
  ) THEN
    PERFORM article_list_count_bump('t:' || OLD."topicId", -1);
  END IF;
  IF TG_OP <> 'DELETE' AND EXISTS (
    SELECT 1 FROM "Article" WHERE id = NEW."articleId" AND status = 'PUBLISHED'
  ) THEN
    PERFORM article_list_count_bump('t:' || NEW."topicId", 1);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_list_count_topic_link
  AFTER INSERT OR DELETE OR UPDATE ON "ArticleTopic"
  FOR EACH ROW EXECUTE FUNCTION article_list_count_topic_link();

-- The counts of what is already there.
INSERT INTO "ArticleListCount" (key, published)
SELECT key, count(*)::int FROM (
  SELECT 'all' AS key FROM "Article" WHERE status = 'PUBLISHED'
  UNION ALL SELECT 's:' || "sectionId" FROM "Article" WHERE status = 'PUBLISHED'
  UNION ALL SELECT 'w:' || "writerId" FROM "Article" WHERE status = 'PUBLISHED'
  UNION ALL SELECT 't:' || t."topicId" FROM "ArticleTopic" t
    JOIN "Article" a ON a.id = t."articleId" WHERE a.status = 'PUBLISHED'
) k
GROUP BY key;
