"""Schema step 11: the archive kept alive — salespeople's visit reports and complaint cards (each also filed as a
paper), the rosters' biennial update rounds with every entry confirmed or corrected, and grades set by hand
with their reason.

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "客户访问日报与投诉管理卡；客户名册增补调整；手定客户等级及理由"

SQLITE = [
    'CREATE TABLE "visitreport" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(10) NOT NULL, "visited_on" DATE NOT NULL, "visitor" VARCHAR(40) NOT NULL, "content" TEXT NOT NULL, "follow_up" TEXT NOT NULL, "document_id" INTEGER, "created_at" DATETIME NOT NULL, "created_by_name" VARCHAR(40) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "visitreport_customer_id" ON "visitreport" ("customer_id")',
    'CREATE INDEX "visitreport_visited_on" ON "visitreport" ("visited_on")',
    'CREATE INDEX "visitreport_document_id" ON "visitreport" ("document_id")',
    'CREATE TABLE "complaintcard" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "received_on" DATE NOT NULL, "complaint" TEXT NOT NULL, "handling" TEXT NOT NULL, "result" TEXT NOT NULL, "satisfaction" VARCHAR(6) NOT NULL, "document_id" INTEGER, "created_at" DATETIME NOT NULL, "created_by_name" VARCHAR(40) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "complaintcard_customer_id" ON "complaintcard" ("customer_id")',
    'CREATE INDEX "complaintcard_received_on" ON "complaintcard" ("received_on")',
    'CREATE INDEX "complaintcard_document_id" ON "complaintcard" ("document_id")',
    'CREATE TABLE "rosterround" ("id" INTEGER NOT NULL PRIMARY KEY, "roster" VARCHAR(20) NOT NULL, "opened_on" DATE NOT NULL, "opened_by_name" VARCHAR(40) NOT NULL, "closed_on" DATE, "closed_by_name" VARCHAR(40) NOT NULL, "confirmed" INTEGER NOT NULL, "corrected" INTEGER NOT NULL)',
    'CREATE INDEX "rosterround_roster" ON "rosterround" ("roster")',
    'CREATE TABLE "rosterentry" ("id" INTEGER NOT NULL PRIMARY KEY, "round_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "outcome" VARCHAR(10) NOT NULL, "note" TEXT NOT NULL, "user_name" VARCHAR(40) NOT NULL, "on" DATE NOT NULL, FOREIGN KEY ("round_id") REFERENCES "rosterround" ("id") ON DELETE RESTRICT, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "rosterentry_round_id" ON "rosterentry" ("round_id")',
    'CREATE INDEX "rosterentry_customer_id" ON "rosterentry" ("customer_id")',
    'CREATE UNIQUE INDEX "rosterentry_round_id_customer_id" ON "rosterentry" ("round_id", "customer_id")',
    'CREATE TABLE "gradeoverride" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "grade" VARCHAR(2) NOT NULL, "reason" TEXT NOT NULL, "user_name" VARCHAR(40) NOT NULL, "at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "gradeoverride_customer_id" ON "gradeoverride" ("customer_id")',
]

POSTGRES = [
    'CREATE TABLE "visitreport" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(10) NOT NULL, "visited_on" DATE NOT NULL, "visitor" VARCHAR(40) NOT NULL, "content" TEXT NOT NULL, "follow_up" TEXT NOT NULL, "document_id" INTEGER, "created_at" TIMESTAMP NOT NULL, "created_by_name" VARCHAR(40) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "visitreport_customer_id" ON "visitreport" ("customer_id")',
    'CREATE INDEX "visitreport_visited_on" ON "visitreport" ("visited_on")',
    'CREATE INDEX "visitreport_document_id" ON "visitreport" ("document_id")',
    'CREATE TABLE "complaintcard" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "received_on" DATE NOT NULL, "complaint" TEXT NOT NULL, "handling" TEXT NOT NULL, "result" TEXT NOT NULL, "satisfaction" VARCHAR(6) NOT NULL, "document_id" INTEGER, "created_at" TIMESTAMP NOT NULL, "created_by_name" VARCHAR(40) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "complaintcard_customer_id" ON "complaintcard" ("customer_id")',
    'CREATE INDEX "complaintcard_received_on" ON "complaintcard" ("received_on")',
    'CREATE INDEX "complaintcard_document_id" ON "complaintcard" ("document_id")',
    'CREATE TABLE "rosterround" ("id" SERIAL NOT NULL PRIMARY KEY, "roster" VARCHAR(20) NOT NULL, "opened_on" DATE NOT NULL, "opened_by_name" VARCHAR(40) NOT NULL, "closed_on" DATE, "closed_by_name" VARCHAR(40) NOT NULL, "confirmed" INTEGER NOT NULL, "corrected" INTEGER NOT NULL)',
    'CREATE INDEX "rosterround_roster" ON "rosterround" ("roster")',
    'CREATE TABLE "rosterentry" ("id" SERIAL NOT NULL PRIMARY KEY, "round_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "outcome" VARCHAR(10) NOT NULL, "note" TEXT NOT NULL, "user_name" VARCHAR(40) NOT NULL, "on" DATE NOT NULL, FOREIGN KEY ("round_id") REFERENCES "rosterround" ("id") ON DELETE RESTRICT, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "rosterentry_round_id" ON "rosterentry" ("round_id")',
    'CREATE INDEX "rosterentry_customer_id" ON "rosterentry" ("customer_id")',
    'CREATE UNIQUE INDEX "rosterentry_round_id_customer_id" ON "rosterentry" ("round_id", "customer_id")',
    'CREATE TABLE "gradeoverride" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "grade" VARCHAR(2) NOT NULL, "reason" TEXT NOT NULL, "user_name" VARCHAR(40) NOT NULL, "at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "gradeoverride_customer_id" ON "gradeoverride" ("customer_id")',
]
