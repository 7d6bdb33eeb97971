"""Schema step 10: the two-month full review of the cards (定期全面修订核查) — each review recorded, and the day
of a card's last review kept on the card (for cards already in the archive: the day they were registered).

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "档案卡定期全面修订核查：核查记录与每张卡的上次核查日期"

SQLITE = [
    'CREATE TABLE "cardreview" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "reviewed_on" DATE NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "confirmed" TEXT NOT NULL, "corrected" TEXT NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "cardreview_customer_id" ON "cardreview" ("customer_id")',
    'CREATE INDEX "cardreview_user_id" ON "cardreview" ("user_id")',
    'ALTER TABLE "customer" ADD COLUMN "reviewed_on" DATE',
    'UPDATE "customer" SET "reviewed_on" = date("created_at")',
    'CREATE INDEX "customer_reviewed_on_state" ON "customer" ("reviewed_on", "state")',
]

POSTGRES = [
    'CREATE TABLE "cardreview" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "reviewed_on" DATE NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "confirmed" TEXT NOT NULL, "corrected" TEXT NOT NULL, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "cardreview_customer_id" ON "cardreview" ("customer_id")',
    'CREATE INDEX "cardreview_user_id" ON "cardreview" ("user_id")',
    'ALTER TABLE "customer" ADD COLUMN "reviewed_on" DATE',
    'UPDATE "customer" SET "reviewed_on" = CAST("created_at" AS DATE)',
    'CREATE INDEX "customer_reviewed_on_state" ON "customer" ("reviewed_on", "state")',
]
