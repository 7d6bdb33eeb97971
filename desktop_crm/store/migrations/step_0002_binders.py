"""Schema step 2: 五大类活页卷：文件、扫描件、合同订单/进出货/退赔折价登记表.

Released with 0.1.0; frozen — never edit a released step, add a new one instead.
"""

DESCRIPTION = '五大类活页卷：文件、扫描件、合同订单/进出货/退赔折价登记表'

SQLITE = [
    'CREATE TABLE "contractorder" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "number" VARCHAR(40) NOT NULL, "signed_on" DATE NOT NULL, "subject" VARCHAR(200) NOT NULL, "quantity" DECIMAL(14, 2), "amount" DECIMAL(16, 2), "term" VARCHAR(100) NOT NULL, "status" VARCHAR(20) NOT NULL, "removed" INTEGER NOT NULL, "version" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "contractorder_customer_id" ON "contractorder" ("customer_id")',
    'CREATE UNIQUE INDEX "contractorder_customer_id_number" ON "contractorder" ("customer_id", "number")',
    'CREATE TABLE "document" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, "customer_id" INTEGER NOT NULL, "category" INTEGER NOT NULL, "kind" VARCHAR(40) NOT NULL, "year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "title" VARCHAR(300) NOT NULL, "title_made_up" INTEGER NOT NULL, "doc_number" VARCHAR(60) NOT NULL, "author" VARCHAR(100) NOT NULL, "doc_date" DATE, "pages" INTEGER, "is_original" INTEGER NOT NULL, "retention" VARCHAR(4) NOT NULL, "remarks" TEXT NOT NULL, "valid_until" DATE, "order_id" INTEGER, "removed" INTEGER NOT NULL, "removed_reason" TEXT NOT NULL, "version" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "created_by_id" INTEGER, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("order_id") REFERENCES "contractorder" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "document_uid" ON "document" ("uid")',
    'CREATE INDEX "document_customer_id" ON "document" ("customer_id")',
    'CREATE INDEX "document_order_id" ON "document" ("order_id")',
    'CREATE INDEX "document_created_by_id" ON "document" ("created_by_id")',
    'CREATE INDEX "document_customer_id_category_year_seq" ON "document" ("customer_id", "category", "year", "seq")',
    'CREATE INDEX "document_customer_id_kind" ON "document" ("customer_id", "kind")',
    'CREATE TABLE "scan" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "suffix" VARCHAR(8) NOT NULL, "media_type" VARCHAR(40) NOT NULL, "size" INTEGER NOT NULL, "pages" INTEGER NOT NULL, "stored_at" DATETIME NOT NULL)',
    'CREATE TABLE "documentscan" ("id" INTEGER NOT NULL PRIMARY KEY, "document_id" INTEGER NOT NULL, "scan_id" VARCHAR(64) NOT NULL, "position" INTEGER NOT NULL, "original_name" VARCHAR(255) NOT NULL, "added_at" DATETIME NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT, FOREIGN KEY ("scan_id") REFERENCES "scan" ("sha256") ON DELETE RESTRICT)',
    'CREATE INDEX "documentscan_document_id" ON "documentscan" ("document_id")',
    'CREATE INDEX "documentscan_scan_id" ON "documentscan" ("scan_id")',
    'CREATE UNIQUE INDEX "documentscan_document_id_scan_id" ON "documentscan" ("document_id", "scan_id")',
    'CREATE TABLE "goodsmovement" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "moved_on" DATE NOT NULL, "direction" VARCHAR(4) NOT NULL, "product" VARCHAR(200) NOT NULL, "quantity" DECIMAL(14, 2), "amount" DECIMAL(16, 2), "order_id" INTEGER, "removed" INTEGER NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("order_id") REFERENCES "contractorder" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "goodsmovement_customer_id" ON "goodsmovement" ("customer_id")',
    'CREATE INDEX "goodsmovement_order_id" ON "goodsmovement" ("order_id")',
    'CREATE TABLE "returndiscount" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "occurred_on" DATE NOT NULL, "order_id" INTEGER, "reason" VARCHAR(300) NOT NULL, "amount" DECIMAL(16, 2), "approval_state" VARCHAR(10) NOT NULL, "removed" INTEGER NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("order_id") REFERENCES "contractorder" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "returndiscount_customer_id" ON "returndiscount" ("customer_id")',
    'CREATE INDEX "returndiscount_order_id" ON "returndiscount" ("order_id")',
]

POSTGRES = [
    'CREATE TABLE "contractorder" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "number" VARCHAR(40) NOT NULL, "signed_on" DATE NOT NULL, "subject" VARCHAR(200) NOT NULL, "quantity" NUMERIC(14, 2), "amount" NUMERIC(16, 2), "term" VARCHAR(100) NOT NULL, "status" VARCHAR(20) NOT NULL, "removed" BOOLEAN NOT NULL, "version" INTEGER NOT NULL, "created_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "contractorder_customer_id" ON "contractorder" ("customer_id")',
    'CREATE UNIQUE INDEX "contractorder_customer_id_number" ON "contractorder" ("customer_id", "number")',
    'CREATE TABLE "document" ("id" SERIAL NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, "customer_id" INTEGER NOT NULL, "category" INTEGER NOT NULL, "kind" VARCHAR(40) NOT NULL, "year" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "title" VARCHAR(300) NOT NULL, "title_made_up" BOOLEAN NOT NULL, "doc_number" VARCHAR(60) NOT NULL, "author" VARCHAR(100) NOT NULL, "doc_date" DATE, "pages" INTEGER, "is_original" BOOLEAN NOT NULL, "retention" VARCHAR(4) NOT NULL, "remarks" TEXT NOT NULL, "valid_until" DATE, "order_id" INTEGER, "removed" BOOLEAN NOT NULL, "removed_reason" TEXT NOT NULL, "version" INTEGER NOT NULL, "created_at" TIMESTAMP NOT NULL, "created_by_id" INTEGER, "updated_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("order_id") REFERENCES "contractorder" ("id") ON DELETE RESTRICT, FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "document_uid" ON "document" ("uid")',
    'CREATE INDEX "document_customer_id" ON "document" ("customer_id")',
    'CREATE INDEX "document_order_id" ON "document" ("order_id")',
    'CREATE INDEX "document_created_by_id" ON "document" ("created_by_id")',
    'CREATE INDEX "document_customer_id_category_year_seq" ON "document" ("customer_id", "category", "year", "seq")',
    'CREATE INDEX "document_customer_id_kind" ON "document" ("customer_id", "kind")',
    'CREATE TABLE "scan" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "suffix" VARCHAR(8) NOT NULL, "media_type" VARCHAR(40) NOT NULL, "size" INTEGER NOT NULL, "pages" INTEGER NOT NULL, "stored_at" TIMESTAMP NOT NULL)',
    'CREATE TABLE "documentscan" ("id" SERIAL NOT NULL PRIMARY KEY, "document_id" INTEGER NOT NULL, "scan_id" VARCHAR(64) NOT NULL, "position" INTEGER NOT NULL, "original_name" VARCHAR(255) NOT NULL, "added_at" TIMESTAMP NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT, FOREIGN KEY ("scan_id") REFERENCES "scan" ("sha256") ON DELETE RESTRICT)',
    'CREATE INDEX "documentscan_document_id" ON "documentscan" ("document_id")',
    'CREATE INDEX "documentscan_scan_id" ON "documentscan" ("scan_id")',
    'CREATE UNIQUE INDEX "documentscan_document_id_scan_id" ON "documentscan" ("document_id", "scan_id")',
    'CREATE TABLE "goodsmovement" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "moved_on" DATE NOT NULL, "direction" VARCHAR(4) NOT NULL, "product" VARCHAR(200) NOT NULL, "quantity" NUMERIC(14, 2), "amount" NUMERIC(16, 2), "order_id" INTEGER, "removed" BOOLEAN NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("order_id") REFERENCES "contractorder" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "goodsmovement_customer_id" ON "goodsmovement" ("customer_id")',
    'CREATE INDEX "goodsmovement_order_id" ON "goodsmovement" ("order_id")',
    'CREATE TABLE "returndiscount" ("id" SERIAL NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "occurred_on" DATE NOT NULL, "order_id" INTEGER, "reason" VARCHAR(300) NOT NULL, "amount" NUMERIC(16, 2), "approval_state" VARCHAR(10) NOT NULL, "removed" BOOLEAN NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("order_id") REFERENCES "contractorder" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "returndiscount_customer_id" ON "returndiscount" ("customer_id")',
    'CREATE INDEX "returndiscount_order_id" ON "returndiscount" ("order_id")',
]
