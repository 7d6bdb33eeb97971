"""Schema step 6: the exact volume — year closes, each volume's own remarks, printed volumes known to the
desk, named locks; each bound paper's pages; and at most one open loan of a paper at a time.

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "年度立卷：年度关闭记录、各卷备考说明、已打印案卷、锁；卷内文件页数；同一文件只能有一笔未还借阅"

SQLITE = [
    'CREATE TABLE "yearclose" ("year" INTEGER NOT NULL PRIMARY KEY, "started_at" DATETIME NOT NULL, "started_by_id" INTEGER, "finished_at" DATETIME, "accepted_note" TEXT NOT NULL, "checked_by" VARCHAR(40) NOT NULL, FOREIGN KEY ("started_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "yearclose_started_by_id" ON "yearclose" ("started_by_id")',
    'CREATE TABLE "volumenote" ("id" INTEGER NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "volumenote_volume_id" ON "volumenote" ("volume_id")',
    'CREATE TABLE "volumeprint" ("id" INTEGER NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "path" TEXT NOT NULL, "with_scans" INTEGER NOT NULL, "double_sided" INTEGER NOT NULL, "pages" INTEGER NOT NULL, "sha256" VARCHAR(64) NOT NULL, "printed_at" DATETIME NOT NULL, "printed_by" VARCHAR(40) NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "volumeprint_volume_id" ON "volumeprint" ("volume_id")',
    'CREATE TABLE "archivelock" ("name" VARCHAR(40) NOT NULL PRIMARY KEY, "holder" VARCHAR(200) NOT NULL, "acquired_at" DATETIME NOT NULL, "renewed_at" DATETIME NOT NULL)',
    'ALTER TABLE "volumeitem" ADD COLUMN "pages" INTEGER',
    'ALTER TABLE "volumeitem" ADD COLUMN "scanned" INTEGER',
    'CREATE UNIQUE INDEX "borrowitem_one_open_loan" ON "borrowitem" ("document_id") WHERE "returned_on" IS NULL',
    # years bound by release 0.1.0 count as closed
    'INSERT INTO "yearclose" ("year", "started_at", "finished_at", "accepted_note", "checked_by") SELECT "year", min("closed_at"), max("closed_at"), \'\', \'\' FROM "volume" GROUP BY "year"',
]

POSTGRES = [
    'CREATE TABLE "yearclose" ("year" INTEGER NOT NULL PRIMARY KEY, "started_at" TIMESTAMP NOT NULL, "started_by_id" INTEGER, "finished_at" TIMESTAMP, "accepted_note" TEXT NOT NULL, "checked_by" VARCHAR(40) NOT NULL, FOREIGN KEY ("started_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "yearclose_started_by_id" ON "yearclose" ("started_by_id")',
    'CREATE TABLE "volumenote" ("id" SERIAL NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "kind" VARCHAR(20) NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "volumenote_volume_id" ON "volumenote" ("volume_id")',
    'CREATE TABLE "volumeprint" ("id" SERIAL NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "path" TEXT NOT NULL, "with_scans" BOOLEAN NOT NULL, "double_sided" BOOLEAN NOT NULL, "pages" INTEGER NOT NULL, "sha256" VARCHAR(64) NOT NULL, "printed_at" TIMESTAMP NOT NULL, "printed_by" VARCHAR(40) NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "volumeprint_volume_id" ON "volumeprint" ("volume_id")',
    'CREATE TABLE "archivelock" ("name" VARCHAR(40) NOT NULL PRIMARY KEY, "holder" VARCHAR(200) NOT NULL, "acquired_at" TIMESTAMP NOT NULL, "renewed_at" TIMESTAMP NOT NULL)',
    'ALTER TABLE "volumeitem" ADD COLUMN "pages" INTEGER',
    'ALTER TABLE "volumeitem" ADD COLUMN "scanned" INTEGER',
    'CREATE UNIQUE INDEX "borrowitem_one_open_loan" ON "borrowitem" ("document_id") WHERE "returned_on" IS NULL',
    # years bound by release 0.1.0 count as closed
    'INSERT INTO "yearclose" ("year", "started_at", "finished_at", "accepted_note", "checked_by") SELECT "year", min("closed_at"), max("closed_at"), \'\', \'\' FROM "volume" GROUP BY "year"',
]
