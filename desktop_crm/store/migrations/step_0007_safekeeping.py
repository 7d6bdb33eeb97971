"""Schema step 7: safekeeping and exchange — backups made, imports (to undo one as a whole), and the
state of each account's password (its own, a temporary one to be changed, or the demo's).

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "备份与交换：备份记录、导入批次及其档案卡；账号密码状态"

SQLITE = [
    'CREATE TABLE "backuprecord" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_name" VARCHAR(40) NOT NULL, "path" TEXT NOT NULL, "size" INTEGER NOT NULL, "sha256" VARCHAR(64) NOT NULL, "encrypted" INTEGER NOT NULL, "automatic" INTEGER NOT NULL, "database_included" INTEGER NOT NULL, "customers" INTEGER NOT NULL, "scans" INTEGER NOT NULL)',
    'CREATE INDEX "backuprecord_at" ON "backuprecord" ("at")',
    'CREATE TABLE "importbatch" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "kind" VARCHAR(20) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "rows" INTEGER NOT NULL, "created" INTEGER NOT NULL, "updated" INTEGER NOT NULL, "skipped" INTEGER NOT NULL, "undone_at" DATETIME, "undone_by" VARCHAR(40) NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "importbatch_at" ON "importbatch" ("at")',
    'CREATE INDEX "importbatch_user_id" ON "importbatch" ("user_id")',
    'CREATE TABLE "importedcard" ("id" INTEGER NOT NULL PRIMARY KEY, "batch_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "action" VARCHAR(10) NOT NULL, "version_after" INTEGER NOT NULL, "before" TEXT NOT NULL, FOREIGN KEY ("batch_id") REFERENCES "importbatch" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "importedcard_batch_id" ON "importedcard" ("batch_id")',
    'CREATE INDEX "importedcard_customer_id" ON "importedcard" ("customer_id")',
    'ALTER TABLE "user" ADD COLUMN "password_state" VARCHAR(20) NOT NULL DEFAULT \'own\'',
    'ALTER TABLE "user" ADD COLUMN "password_changed_at" DATETIME',
]

POSTGRES = [
    'CREATE TABLE "backuprecord" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "user_name" VARCHAR(40) NOT NULL, "path" TEXT NOT NULL, "size" BIGINT NOT NULL, "sha256" VARCHAR(64) NOT NULL, "encrypted" BOOLEAN NOT NULL, "automatic" BOOLEAN NOT NULL, "database_included" BOOLEAN NOT NULL, "customers" INTEGER NOT NULL, "scans" INTEGER NOT NULL)',
    'CREATE INDEX "backuprecord_at" ON "backuprecord" ("at")',
    'CREATE TABLE "importbatch" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "kind" VARCHAR(20) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "rows" INTEGER NOT NULL, "created" INTEGER NOT NULL, "updated" INTEGER NOT NULL, "skipped" INTEGER NOT NULL, "undone_at" TIMESTAMP, "undone_by" VARCHAR(40) NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "importbatch_at" ON "importbatch" ("at")',
    'CREATE INDEX "importbatch_user_id" ON "importbatch" ("user_id")',
    'CREATE TABLE "importedcard" ("id" SERIAL NOT NULL PRIMARY KEY, "batch_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "action" VARCHAR(10) NOT NULL, "version_after" INTEGER NOT NULL, "before" TEXT NOT NULL, FOREIGN KEY ("batch_id") REFERENCES "importbatch" ("id") ON DELETE CASCADE, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "importedcard_batch_id" ON "importedcard" ("batch_id")',
    'CREATE INDEX "importedcard_customer_id" ON "importedcard" ("customer_id")',
    'ALTER TABLE "user" ADD COLUMN "password_state" VARCHAR(20) NOT NULL DEFAULT \'own\'',
    'ALTER TABLE "user" ADD COLUMN "password_changed_at" TIMESTAMP',
]
