"""Schema step 3: 利用控制：查询登记、借阅单、发放登记.

Released with 0.1.0; frozen — never edit a released step, add a new one instead.
"""

DESCRIPTION = '利用控制：查询登记、借阅单、发放登记'

SQLITE = [
    'CREATE TABLE "querylog" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "action" VARCHAR(20) NOT NULL, "customer_id" INTEGER, "detail" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "querylog_at" ON "querylog" ("at")',
    'CREATE INDEX "querylog_user_id" ON "querylog" ("user_id")',
    'CREATE INDEX "querylog_customer_id" ON "querylog" ("customer_id")',
    'CREATE TABLE "borrowslip" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "borrower_id" INTEGER NOT NULL, "department" VARCHAR(60) NOT NULL, "purpose" VARCHAR(200) NOT NULL, "date_out" DATE NOT NULL, "due_date" DATE NOT NULL, "approved_by_id" INTEGER, "remarks" TEXT NOT NULL, "override_reason" TEXT NOT NULL, "renewals" INTEGER NOT NULL, "closed" INTEGER NOT NULL, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("borrower_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("approved_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "borrowslip_number" ON "borrowslip" ("number")',
    'CREATE INDEX "borrowslip_borrower_id" ON "borrowslip" ("borrower_id")',
    'CREATE INDEX "borrowslip_due_date" ON "borrowslip" ("due_date")',
    'CREATE INDEX "borrowslip_approved_by_id" ON "borrowslip" ("approved_by_id")',
    'CREATE INDEX "borrowslip_closed" ON "borrowslip" ("closed")',
    'CREATE INDEX "borrowslip_created_by_id" ON "borrowslip" ("created_by_id")',
    'CREATE TABLE "borrowitem" ("id" INTEGER NOT NULL PRIMARY KEY, "slip_id" INTEGER NOT NULL, "document_id" INTEGER NOT NULL, "returned_on" DATE, "condition" VARCHAR(100) NOT NULL, "received_by_id" INTEGER, FOREIGN KEY ("slip_id") REFERENCES "borrowslip" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT, FOREIGN KEY ("received_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "borrowitem_slip_id" ON "borrowitem" ("slip_id")',
    'CREATE INDEX "borrowitem_document_id" ON "borrowitem" ("document_id")',
    'CREATE INDEX "borrowitem_received_by_id" ON "borrowitem" ("received_by_id")',
    'CREATE INDEX "borrowitem_document_id_returned_on" ON "borrowitem" ("document_id", "returned_on")',
    'CREATE TABLE "handout" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "customer_id" INTEGER NOT NULL, "recipient_id" INTEGER NOT NULL, "recipient_role" VARCHAR(30) NOT NULL, "consent_by_id" INTEGER NOT NULL, "consent_on" DATE NOT NULL, "purpose" VARCHAR(200) NOT NULL, "fields" TEXT NOT NULL, "output" VARCHAR(10) NOT NULL, "recall_date" DATE, "returned_on" DATE, "created_by_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("recipient_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("consent_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "handout_number" ON "handout" ("number")',
    'CREATE INDEX "handout_customer_id" ON "handout" ("customer_id")',
    'CREATE INDEX "handout_recipient_id" ON "handout" ("recipient_id")',
    'CREATE INDEX "handout_consent_by_id" ON "handout" ("consent_by_id")',
    'CREATE INDEX "handout_created_by_id" ON "handout" ("created_by_id")',
]

POSTGRES = [
    'CREATE TABLE "querylog" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "action" VARCHAR(20) NOT NULL, "customer_id" INTEGER, "detail" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "querylog_at" ON "querylog" ("at")',
    'CREATE INDEX "querylog_user_id" ON "querylog" ("user_id")',
    'CREATE INDEX "querylog_customer_id" ON "querylog" ("customer_id")',
    'CREATE TABLE "borrowslip" ("id" SERIAL NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "borrower_id" INTEGER NOT NULL, "department" VARCHAR(60) NOT NULL, "purpose" VARCHAR(200) NOT NULL, "date_out" DATE NOT NULL, "due_date" DATE NOT NULL, "approved_by_id" INTEGER, "remarks" TEXT NOT NULL, "override_reason" TEXT NOT NULL, "renewals" INTEGER NOT NULL, "closed" BOOLEAN NOT NULL, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("borrower_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("approved_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "borrowslip_number" ON "borrowslip" ("number")',
    'CREATE INDEX "borrowslip_borrower_id" ON "borrowslip" ("borrower_id")',
    'CREATE INDEX "borrowslip_due_date" ON "borrowslip" ("due_date")',
    'CREATE INDEX "borrowslip_approved_by_id" ON "borrowslip" ("approved_by_id")',
    'CREATE INDEX "borrowslip_closed" ON "borrowslip" ("closed")',
    'CREATE INDEX "borrowslip_created_by_id" ON "borrowslip" ("created_by_id")',
    'CREATE TABLE "borrowitem" ("id" SERIAL NOT NULL PRIMARY KEY, "slip_id" INTEGER NOT NULL, "document_id" INTEGER NOT NULL, "returned_on" DATE, "condition" VARCHAR(100) NOT NULL, "received_by_id" INTEGER, FOREIGN KEY ("slip_id") REFERENCES "borrowslip" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT, FOREIGN KEY ("received_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "borrowitem_slip_id" ON "borrowitem" ("slip_id")',
    'CREATE INDEX "borrowitem_document_id" ON "borrowitem" ("document_id")',
    'CREATE INDEX "borrowitem_received_by_id" ON "borrowitem" ("received_by_id")',
    'CREATE INDEX "borrowitem_document_id_returned_on" ON "borrowitem" ("document_id", "returned_on")',
    'CREATE TABLE "handout" ("id" SERIAL NOT NULL PRIMARY KEY, "number" VARCHAR(20) NOT NULL, "customer_id" INTEGER NOT NULL, "recipient_id" INTEGER NOT NULL, "recipient_role" VARCHAR(30) NOT NULL, "consent_by_id" INTEGER NOT NULL, "consent_on" DATE NOT NULL, "purpose" VARCHAR(200) NOT NULL, "fields" TEXT NOT NULL, "output" VARCHAR(10) NOT NULL, "recall_date" DATE, "returned_on" DATE, "created_by_id" INTEGER, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("recipient_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("consent_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "handout_number" ON "handout" ("number")',
    'CREATE INDEX "handout_customer_id" ON "handout" ("customer_id")',
    'CREATE INDEX "handout_recipient_id" ON "handout" ("recipient_id")',
    'CREATE INDEX "handout_consent_by_id" ON "handout" ("consent_by_id")',
    'CREATE INDEX "handout_created_by_id" ON "handout" ("created_by_id")',
]
