"""Schema step 9: where every paper is and how long it stays — the archive room's places, where each binder
and fixed volume stands and every move; appraisals of expired volumes, destruction lists (销毁清册) and
their rows; a volume's extended period and the day it was destroyed.

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "库房位置与保管期限：位置、上架与移动记录；到期鉴定、销毁清册"

SQLITE = [
    'CREATE TABLE "shelfplace" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(40) NOT NULL, "note" VARCHAR(100) NOT NULL, "retired" INTEGER NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "shelfplace_code" ON "shelfplace" ("code")',
    'CREATE TABLE "binderplace" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "category" INTEGER NOT NULL, "place_id" INTEGER NOT NULL, "placed_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("place_id") REFERENCES "shelfplace" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "binderplace_customer_id" ON "binderplace" ("customer_id")',
    'CREATE INDEX "binderplace_place_id" ON "binderplace" ("place_id")',
    'CREATE UNIQUE INDEX "binderplace_customer_id_category" ON "binderplace" ("customer_id", "category")',
    'CREATE TABLE "volumeplace" ("id" INTEGER NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "place_id" INTEGER NOT NULL, "placed_at" DATETIME NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("place_id") REFERENCES "shelfplace" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "volumeplace_volume_id" ON "volumeplace" ("volume_id")',
    'CREATE INDEX "volumeplace_place_id" ON "volumeplace" ("place_id")',
    'CREATE TABLE "placemove" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "holder" VARCHAR(10) NOT NULL, "customer_id" INTEGER, "category" INTEGER, "volume_id" INTEGER, "from_code" VARCHAR(40) NOT NULL, "to_code" VARCHAR(40) NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "placemove_at" ON "placemove" ("at")',
    'CREATE INDEX "placemove_user_id" ON "placemove" ("user_id")',
    'CREATE INDEX "placemove_customer_id" ON "placemove" ("customer_id")',
    'CREATE INDEX "placemove_volume_id" ON "placemove" ("volume_id")',
    'CREATE TABLE "destructionlist" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "state" VARCHAR(12) NOT NULL, "reason" TEXT NOT NULL, "proposed_at" DATETIME NOT NULL, "proposed_by_id" INTEGER, "proposed_by_name" VARCHAR(40) NOT NULL, "decided_at" DATETIME, "decided_by_id" INTEGER, "decided_by_name" VARCHAR(40) NOT NULL, "decision_note" TEXT NOT NULL, "carried_out_on" DATE, "carried_out_by_name" VARCHAR(40) NOT NULL, "witnesses" VARCHAR(100) NOT NULL, FOREIGN KEY ("proposed_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("decided_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "destructionlist_number" ON "destructionlist" ("number")',
    'CREATE INDEX "destructionlist_proposed_by_id" ON "destructionlist" ("proposed_by_id")',
    'CREATE INDEX "destructionlist_decided_by_id" ON "destructionlist" ("decided_by_id")',
    'CREATE TABLE "appraisal" ("id" INTEGER NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "decision" VARCHAR(10) NOT NULL, "new_retention" VARCHAR(4) NOT NULL, "kept_until" DATE, "reason" TEXT NOT NULL, "destruction_list_id" INTEGER, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("destruction_list_id") REFERENCES "destructionlist" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "appraisal_volume_id" ON "appraisal" ("volume_id")',
    'CREATE INDEX "appraisal_user_id" ON "appraisal" ("user_id")',
    'CREATE INDEX "appraisal_destruction_list_id" ON "appraisal" ("destruction_list_id")',
    'CREATE TABLE "destructionitem" ("id" INTEGER NOT NULL PRIMARY KEY, "destruction_list_id" INTEGER NOT NULL, "volume_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "code" VARCHAR(60) NOT NULL, "title" VARCHAR(300) NOT NULL, "start_ym" VARCHAR(7) NOT NULL, "end_ym" VARCHAR(7) NOT NULL, "pages" INTEGER NOT NULL, "retention" VARCHAR(4) NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("destruction_list_id") REFERENCES "destructionlist" ("id") ON DELETE RESTRICT, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "destructionitem_destruction_list_id" ON "destructionitem" ("destruction_list_id")',
    'CREATE INDEX "destructionitem_volume_id" ON "destructionitem" ("volume_id")',
    'CREATE UNIQUE INDEX "destructionitem_destruction_list_id_volume_id" ON "destructionitem" ("destruction_list_id", "volume_id")',
    'ALTER TABLE "volume" ADD COLUMN "kept_until" DATE',
    'ALTER TABLE "volume" ADD COLUMN "destroyed_on" DATE',
]

POSTGRES = [
    'CREATE TABLE "shelfplace" ("id" SERIAL NOT NULL PRIMARY KEY, "code" VARCHAR(40) NOT NULL, "note" VARCHAR(100) NOT NULL, "retired" BOOLEAN NOT NULL, "created_at" TIMESTAMP NOT NULL)',
    'CREATE UNIQUE INDEX "shelfplace_code" ON "shelfplace" ("code")',
    'CREATE TABLE "binderplace" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "category" INTEGER NOT NULL, "place_id" INTEGER NOT NULL, "placed_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("place_id") REFERENCES "shelfplace" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "binderplace_customer_id" ON "binderplace" ("customer_id")',
    'CREATE INDEX "binderplace_place_id" ON "binderplace" ("place_id")',
    'CREATE UNIQUE INDEX "binderplace_customer_id_category" ON "binderplace" ("customer_id", "category")',
    'CREATE TABLE "volumeplace" ("id" SERIAL NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "place_id" INTEGER NOT NULL, "placed_at" TIMESTAMP NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("place_id") REFERENCES "shelfplace" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "volumeplace_volume_id" ON "volumeplace" ("volume_id")',
    'CREATE INDEX "volumeplace_place_id" ON "volumeplace" ("place_id")',
    'CREATE TABLE "placemove" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "holder" VARCHAR(10) NOT NULL, "customer_id" INTEGER, "category" INTEGER, "volume_id" INTEGER, "from_code" VARCHAR(40) NOT NULL, "to_code" VARCHAR(40) NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "placemove_at" ON "placemove" ("at")',
    'CREATE INDEX "placemove_user_id" ON "placemove" ("user_id")',
    'CREATE INDEX "placemove_customer_id" ON "placemove" ("customer_id")',
    'CREATE INDEX "placemove_volume_id" ON "placemove" ("volume_id")',
    'CREATE TABLE "destructionlist" ("id" SERIAL NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "state" VARCHAR(12) NOT NULL, "reason" TEXT NOT NULL, "proposed_at" TIMESTAMP NOT NULL, "proposed_by_id" INTEGER, "proposed_by_name" VARCHAR(40) NOT NULL, "decided_at" TIMESTAMP, "decided_by_id" INTEGER, "decided_by_name" VARCHAR(40) NOT NULL, "decision_note" TEXT NOT NULL, "carried_out_on" DATE, "carried_out_by_name" VARCHAR(40) NOT NULL, "witnesses" VARCHAR(100) NOT NULL, FOREIGN KEY ("proposed_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("decided_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "destructionlist_number" ON "destructionlist" ("number")',
    'CREATE INDEX "destructionlist_proposed_by_id" ON "destructionlist" ("proposed_by_id")',
    'CREATE INDEX "destructionlist_decided_by_id" ON "destructionlist" ("decided_by_id")',
    'CREATE TABLE "appraisal" ("id" SERIAL NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "at" TIMESTAMP NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "decision" VARCHAR(10) NOT NULL, "new_retention" VARCHAR(4) NOT NULL, "kept_until" DATE, "reason" TEXT NOT NULL, "destruction_list_id" INTEGER, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("destruction_list_id") REFERENCES "destructionlist" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "appraisal_volume_id" ON "appraisal" ("volume_id")',
    'CREATE INDEX "appraisal_user_id" ON "appraisal" ("user_id")',
    'CREATE INDEX "appraisal_destruction_list_id" ON "appraisal" ("destruction_list_id")',
    'CREATE TABLE "destructionitem" ("id" SERIAL NOT NULL PRIMARY KEY, "destruction_list_id" INTEGER NOT NULL, "volume_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "code" VARCHAR(60) NOT NULL, "title" VARCHAR(300) NOT NULL, "start_ym" VARCHAR(7) NOT NULL, "end_ym" VARCHAR(7) NOT NULL, "pages" INTEGER NOT NULL, "retention" VARCHAR(4) NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("destruction_list_id") REFERENCES "destructionlist" ("id") ON DELETE RESTRICT, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "destructionitem_destruction_list_id" ON "destructionitem" ("destruction_list_id")',
    'CREATE INDEX "destructionitem_volume_id" ON "destructionitem" ("volume_id")',
    'CREATE UNIQUE INDEX "destructionitem_destruction_list_id_volume_id" ON "destructionitem" ("destruction_list_id", "volume_id")',
    'ALTER TABLE "volume" ADD COLUMN "kept_until" DATE',
    'ALTER TABLE "volume" ADD COLUMN "destroyed_on" DATE',
]
