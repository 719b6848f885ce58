-- Hand-written: what Prisma's schema language cannot express.

-- Typo tolerance for search ("Mungkin maksud Anda").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The weighted search vector (title > subtitle > body), kept by the database itself so no code path
-- can forget it. PostgreSQL's built-in `indonesian` configuration stems Indonesian words.
CREATE FUNCTION article_search_vector_update() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('indonesian', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('indonesian', coalesce(NEW.subtitle, '')), 'B') ||
    setweight(to_tsvector('indonesian', coalesce(NEW."bodyText", '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER article_search_vector
  BEFORE INSERT OR UPDATE OF title, subtitle, "bodyText" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_search_vector_update();

-- The audit log is append-only: the database refuses to change or remove an entry, whatever the app does.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
