"""Schema step 1: 用户、客户档案卡、更正记录、草稿、检索索引.

Released with 0.1.0; frozen — never edit a released step, add a new one instead.
"""

DESCRIPTION = '用户、客户档案卡、更正记录、草稿、检索索引'

SQLITE = [
    'CREATE TABLE "setting" ("key" VARCHAR(80) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "username" VARCHAR(40) NOT NULL, "display_name" VARCHAR(40) NOT NULL, "role" VARCHAR(30) NOT NULL, "department" VARCHAR(60) NOT NULL, "password_hash" VARCHAR(200) NOT NULL, "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "user_username" ON "user" ("username")',
    'CREATE TABLE "numberseries" ("kind" VARCHAR(20) NOT NULL PRIMARY KEY, "next_serial" INTEGER NOT NULL)',
    'CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(20) NOT NULL, "number" VARCHAR(20) NOT NULL, "version" INTEGER NOT NULL, "name_sort" VARCHAR(400) NOT NULL, "initials" VARCHAR(100) NOT NULL, "name_core" VARCHAR(100) NOT NULL, "search_text" TEXT NOT NULL, "details" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "created_by_id" INTEGER, "updated_by_id" INTEGER, "name" VARCHAR(100) NOT NULL, "uscc" VARCHAR(18) NOT NULL, "id_number" VARCHAR(18) NOT NULL, "gender" VARCHAR(200) NOT NULL, "address" VARCHAR(200) NOT NULL, "phone" VARCHAR(30) NOT NULL, "contact_name" VARCHAR(40) NOT NULL, "contact_title" VARCHAR(40) NOT NULL, "mobile" VARCHAR(30) NOT NULL, "founded_on" DATE, "trading_since" DATE, "tax_address" VARCHAR(200) NOT NULL, "tax_phone" VARCHAR(30) NOT NULL, "bank_name" VARCHAR(100) NOT NULL, "bank_account" VARCHAR(40) NOT NULL, "industry" VARCHAR(40) NOT NULL, "ownership" VARCHAR(200) NOT NULL, "region" VARCHAR(40) NOT NULL, "customer_type" VARCHAR(200) NOT NULL, "roster" VARCHAR(200) NOT NULL, "grade" VARCHAR(200) NOT NULL, "credit_rating" VARCHAR(200) NOT NULL, "route_region" VARCHAR(40) NOT NULL, "route_seq" INTEGER, "importance" VARCHAR(200) NOT NULL, "direct_export" INTEGER NOT NULL, "state" VARCHAR(200) NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "customer_kind" ON "customer" ("kind")',
    'CREATE UNIQUE INDEX "customer_number" ON "customer" ("number")',
    'CREATE INDEX "customer_name_sort" ON "customer" ("name_sort")',
    'CREATE INDEX "customer_name_core" ON "customer" ("name_core")',
    'CREATE INDEX "customer_updated_at" ON "customer" ("updated_at")',
    'CREATE INDEX "customer_created_by_id" ON "customer" ("created_by_id")',
    'CREATE INDEX "customer_updated_by_id" ON "customer" ("updated_by_id")',
    'CREATE INDEX "customer_uscc" ON "customer" ("uscc")',
    'CREATE INDEX "customer_id_number" ON "customer" ("id_number")',
    'CREATE INDEX "customer_industry" ON "customer" ("industry")',
    'CREATE INDEX "customer_region" ON "customer" ("region")',
    'CREATE INDEX "customer_roster" ON "customer" ("roster")',
    'CREATE INDEX "customer_grade" ON "customer" ("grade")',
    'CREATE INDEX "customer_credit_rating" ON "customer" ("credit_rating")',
    'CREATE INDEX "customer_route_region" ON "customer" ("route_region")',
    'CREATE INDEX "customer_importance" ON "customer" ("importance")',
    'CREATE INDEX "customer_state" ON "customer" ("state")',
    'CREATE TABLE "changerecord" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "entity" VARCHAR(30) NOT NULL, "entity_id" INTEGER NOT NULL, "action" VARCHAR(20) NOT NULL, "field" VARCHAR(60) NOT NULL, "old_value" TEXT NOT NULL, "new_value" TEXT NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "changerecord_at" ON "changerecord" ("at")',
    'CREATE INDEX "changerecord_user_id" ON "changerecord" ("user_id")',
    'CREATE INDEX "changerecord_entity_entity_id" ON "changerecord" ("entity", "entity_id")',
    'CREATE TABLE "carddraft" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "customer_id" INTEGER, "kind" VARCHAR(20) NOT NULL, "base_version" INTEGER, "payload" TEXT NOT NULL, "saved_at" DATETIME NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "carddraft_user_id" ON "carddraft" ("user_id")',
    "CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customer', content_rowid='id', tokenize='trigram')",
    'CREATE TABLE gram_position (n INTEGER PRIMARY KEY)',
    'WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 120) INSERT INTO gram_position SELECT n FROM p',
    'CREATE TABLE customer_gram (gram TEXT NOT NULL, customer_id INTEGER NOT NULL, PRIMARY KEY (gram, customer_id)) WITHOUT ROWID',
    'CREATE INDEX customer_gram_customer ON customer_gram (customer_id)',
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN\n        INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);\n        \n    INSERT OR IGNORE INTO customer_gram (gram, customer_id)\n    SELECT substr(t.s, p.n, w.w), new.id\n      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,\n           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w\n     WHERE p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';\n\n    END",
    "CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN\n        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);\n        DELETE FROM customer_gram WHERE customer_id = old.id;\n    END",
    "CREATE TRIGGER customer_search_au AFTER UPDATE OF search_text, name, initials ON customer BEGIN\n        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);\n        INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);\n        DELETE FROM customer_gram WHERE customer_id = old.id;\n        \n    INSERT OR IGNORE INTO customer_gram (gram, customer_id)\n    SELECT substr(t.s, p.n, w.w), new.id\n      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,\n           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w\n     WHERE p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';\n\n    END",
]

POSTGRES = [
    'CREATE TABLE "setting" ("key" VARCHAR(80) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "user" ("id" SERIAL NOT NULL PRIMARY KEY, "username" VARCHAR(40) NOT NULL, "display_name" VARCHAR(40) NOT NULL, "role" VARCHAR(30) NOT NULL, "department" VARCHAR(60) NOT NULL, "password_hash" VARCHAR(200) NOT NULL, "active" BOOLEAN NOT NULL, "created_at" TIMESTAMP NOT NULL)',
    'CREATE UNIQUE INDEX "user_username" ON "user" ("username")',
    'CREATE TABLE "numberseries" ("kind" VARCHAR(20) NOT NULL PRIMARY KEY, "next_serial" INTEGER NOT NULL)',
    'CREATE TABLE "customer" ("id" SERIAL NOT NULL PRIMARY KEY, "kind" VARCHAR(20) NOT NULL, "number" VARCHAR(20) NOT NULL, "version" INTEGER NOT NULL, "name_sort" VARCHAR(400) NOT NULL, "initials" VARCHAR(100) NOT NULL, "name_core" VARCHAR(100) NOT NULL, "search_text" TEXT NOT NULL, "details" TEXT NOT NULL, "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "created_by_id" INTEGER, "updated_by_id" INTEGER, "name" VARCHAR(100) NOT NULL, "uscc" VARCHAR(18) NOT NULL, "id_number" VARCHAR(18) NOT NULL, "gender" VARCHAR(200) NOT NULL, "address" VARCHAR(200) NOT NULL, "phone" VARCHAR(30) NOT NULL, "contact_name" VARCHAR(40) NOT NULL, "contact_title" VARCHAR(40) NOT NULL, "mobile" VARCHAR(30) NOT NULL, "founded_on" DATE, "trading_since" DATE, "tax_address" VARCHAR(200) NOT NULL, "tax_phone" VARCHAR(30) NOT NULL, "bank_name" VARCHAR(100) NOT NULL, "bank_account" VARCHAR(40) NOT NULL, "industry" VARCHAR(40) NOT NULL, "ownership" VARCHAR(200) NOT NULL, "region" VARCHAR(40) NOT NULL, "customer_type" VARCHAR(200) NOT NULL, "roster" VARCHAR(200) NOT NULL, "grade" VARCHAR(200) NOT NULL, "credit_rating" VARCHAR(200) NOT NULL, "route_region" VARCHAR(40) NOT NULL, "route_seq" INTEGER, "importance" VARCHAR(200) NOT NULL, "direct_export" BOOLEAN NOT NULL, "state" VARCHAR(200) NOT NULL, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "customer_kind" ON "customer" ("kind")',
    'CREATE UNIQUE INDEX "customer_number" ON "customer" ("number")',
    'CREATE INDEX "customer_name_sort" ON "customer" ("name_sort")',
    'CREATE INDEX "customer_name_core" ON "customer" ("name_core")',
    'CREATE INDEX "customer_updated_at" ON "customer" ("updated_at")',
    'CREATE INDEX "customer_created_by_id" ON "customer" ("created_by_id")',
    'CREATE INDEX "customer_updated_by_id" ON "customer" ("updated_by_id")',
    'CREATE INDEX "customer_uscc" ON "customer" ("uscc")',
    'CREATE INDEX "customer_id_number" ON "customer" ("id_number")',
    'CREATE INDEX "customer_industry" ON "customer" ("industry")',
    'CREATE INDEX "customer_region" ON "customer" ("region")',
    'CREATE INDEX "customer_roster" ON "customer" ("roster")',
    'CREATE INDEX "customer_grade" ON "customer" ("grade")',
    'CREATE INDEX "customer_credit_rating" ON "customer" ("credit_rating")',
    'CREATE INDEX "customer_route_region" ON "customer" ("route_region")',
    'CREATE INDEX "customer_importance" ON "customer" ("importance")',
    'CREATE INDEX "customer_state" ON "customer" ("state")',
    'CREATE TABLE "changerecord" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "entity" VARCHAR(30) NOT NULL, "entity_id" INTEGER NOT NULL, "action" VARCHAR(20) NOT NULL, "field" VARCHAR(60) NOT NULL, "old_value" TEXT NOT NULL, "new_value" TEXT NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "changerecord_at" ON "changerecord" ("at")',
    'CREATE INDEX "changerecord_user_id" ON "changerecord" ("user_id")',
    'CREATE INDEX "changerecord_entity_entity_id" ON "changerecord" ("entity", "entity_id")',
    'CREATE TABLE "carddraft" ("id" SERIAL NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "customer_id" INTEGER, "kind" VARCHAR(20) NOT NULL, "base_version" INTEGER, "payload" TEXT NOT NULL, "saved_at" TIMESTAMP NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "carddraft_user_id" ON "carddraft" ("user_id")',
]

# Optional on PostgreSQL: a trigram index helps ILIKE; without the right to add extensions it is skipped.
POSTGRES_OPTIONAL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX customer_search_trgm ON customer USING gin (search_text gin_trgm_ops)",
]
