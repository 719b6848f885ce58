// Credentials of the embedded cluster. The superuser gets a random password, kept beside the data
// directory in <name>-credentials.json (mode 600, readable only by the user who runs Warta); the
// app, its migrations and the seed connect as `warta_app`, a role that owns the database and the
// schema but is not a superuser, cannot create roles, and cannot read files off the disk.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";

export const SUPERUSER = "postgres";
export const APP_ROLE = "warta_app";
/** Before credentials were generated, every embedded cluster had postgres/postgres. */
const LEGACY_PASSWORD = "postgres";

const randomPassword = () => crypto.randomBytes(24).toString("base64url");

export function readCredentials(file) {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    if (typeof parsed.superuserPassword === "string" && typeof parsed.appPassword === "string")
      return { ...parsed, existed: true };
  } catch {
    /* created below */
  }
  return { superuserPassword: randomPassword(), appPassword: randomPassword(), existed: false };
}

export function writeCredentials(file, { superuserPassword, appPassword }) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ superuserPassword, appPassword }, null, 2), {
    mode: 0o600,
  });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

/**
 * Connects as the superuser. A cluster made before credentials existed still has the legacy
 * password: it is changed to the generated one at once (the upgrade path of an existing .data).
 */
export async function connectAsSuperuser(port, credentials, file) {
  const connect = async (password) => {
    const client = new pg.Client({
      host: "127.0.0.1",
      port,
      user: SUPERUSER,
      password,
      database: "postgres",
    });
    await client.connect();
    return client;
  };
  try {
    const client = await connect(credentials.superuserPassword);
    if (!credentials.existed) writeCredentials(file, credentials);
    return client;
  } catch (error) {
    if (credentials.existed || error.code !== "28P01") throw error;
  }
  const client = await connect(LEGACY_PASSWORD);
  await client.query(
    `ALTER ROLE ${SUPERUSER} PASSWORD '${credentials.superuserPassword.replaceAll("'", "''")}'`,
  );
  writeCredentials(file, credentials);
  return client;
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value) => `'${value.replaceAll("'", "''")}'`;

/**
 * Makes `database` exist and belong to the app role with everything in its public schema (tables,
 * sequences, views, functions, enum types), so migrations run as that role can alter them. Objects
 * an earlier version created as the superuser are handed over here, once.
 */
export async function ensureAppRole(admin, { port, database, credentials, testing }) {
  const role = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
  const password = quoteLiteral(credentials.appPassword);
  // CREATEDB: the migration tool diffs against a temporary shadow database of its own.
  await admin.query(
    role.rowCount
      ? `ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEROLE CREATEDB PASSWORD ${password}`
      : `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEROLE CREATEDB PASSWORD ${password}`,
  );
  // The build cache keys on the cluster's identity (scripts/build-state.mjs); only this is granted.
  await admin.query(`GRANT EXECUTE ON FUNCTION pg_control_system() TO ${APP_ROLE}`);
  // Test clusters only: test/factories.ts empties tables with triggers off (session_replication_role).
  if (testing) await admin.query(`GRANT SET ON PARAMETER session_replication_role TO ${APP_ROLE}`);

  const exists = await admin.query(
    "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1",
    [database],
  );
  if (!exists.rowCount)
    await admin.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${APP_ROLE}`);
  else if (exists.rows[0].owner !== APP_ROLE)
    await admin.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${APP_ROLE}`);

  const inDatabase = new pg.Client({
    host: "127.0.0.1",
    port,
    user: SUPERUSER,
    password: credentials.superuserPassword,
    database,
  });
  await inDatabase.connect();
  try {
    await inDatabase.query(`ALTER SCHEMA public OWNER TO ${APP_ROLE}`);
    const { rows } = await inDatabase.query(
      `SELECT format('ALTER %s %I.%I OWNER TO ${APP_ROLE}',
                     CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                    WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                     n.nspname, c.relname) AS statement
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND pg_get_userbyid(c.relowner) <> '${APP_ROLE}'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
       UNION ALL
       SELECT format('ALTER FUNCTION %s OWNER TO ${APP_ROLE}', p.oid::regprocedure)
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '${APP_ROLE}'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
       UNION ALL
       SELECT format('ALTER TYPE %I.%I OWNER TO ${APP_ROLE}', n.nspname, t.typname)
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
          AND pg_get_userbyid(t.typowner) <> '${APP_ROLE}'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')`,
    );
    for (const { statement } of rows) await inDatabase.query(statement);
  } finally {
    await inDatabase.end();
  }
}
