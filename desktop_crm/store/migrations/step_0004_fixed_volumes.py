"""Schema step 4: 年度固定卷：案卷、卷内文件、更正记录.

Released with 0.1.0; frozen — never edit a released step, add a new one instead.
"""

DESCRIPTION = '年度固定卷：案卷、卷内文件、更正记录'

SQLITE = [
    'CREATE TABLE "volume" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(60) NOT NULL, "year" INTEGER NOT NULL, "number" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "category" INTEGER NOT NULL, "part" INTEGER NOT NULL, "parts" INTEGER NOT NULL, "title" VARCHAR(300) NOT NULL, "fonds_name" VARCHAR(200) NOT NULL, "class_name" VARCHAR(60) NOT NULL, "retention" VARCHAR(4) NOT NULL, "start_ym" VARCHAR(7) NOT NULL, "end_ym" VARCHAR(7) NOT NULL, "items" INTEGER NOT NULL, "pages" INTEGER NOT NULL, "notes" TEXT NOT NULL, "made_by" VARCHAR(40) NOT NULL, "checked_by" VARCHAR(40) NOT NULL, "closed_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "volume_code" ON "volume" ("code")',
    'CREATE INDEX "volume_year" ON "volume" ("year")',
    'CREATE INDEX "volume_customer_id" ON "volume" ("customer_id")',
    'CREATE UNIQUE INDEX "volume_customer_id_category_year_part" ON "volume" ("customer_id", "category", "year", "part")',
    'CREATE TABLE "volumeitem" ("id" INTEGER NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "document_id" INTEGER NOT NULL, "item" INTEGER NOT NULL, "first_page" INTEGER, "last_page" INTEGER, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "volumeitem_volume_id" ON "volumeitem" ("volume_id")',
    'CREATE UNIQUE INDEX "volumeitem_document_id" ON "volumeitem" ("document_id")',
    'CREATE TABLE "volumecorrection" ("id" INTEGER NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "volumecorrection_volume_id" ON "volumecorrection" ("volume_id")',
    'CREATE INDEX "volumecorrection_user_id" ON "volumecorrection" ("user_id")',
]

POSTGRES = [
    'CREATE TABLE "volume" ("id" SERIAL NOT NULL PRIMARY KEY, "code" VARCHAR(60) NOT NULL, "year" INTEGER NOT NULL, "number" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "category" INTEGER NOT NULL, "part" INTEGER NOT NULL, "parts" INTEGER NOT NULL, "title" VARCHAR(300) NOT NULL, "fonds_name" VARCHAR(200) NOT NULL, "class_name" VARCHAR(60) NOT NULL, "retention" VARCHAR(4) NOT NULL, "start_ym" VARCHAR(7) NOT NULL, "end_ym" VARCHAR(7) NOT NULL, "items" INTEGER NOT NULL, "pages" INTEGER NOT NULL, "notes" TEXT NOT NULL, "made_by" VARCHAR(40) NOT NULL, "checked_by" VARCHAR(40) NOT NULL, "closed_at" TIMESTAMP NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "volume_code" ON "volume" ("code")',
    'CREATE INDEX "volume_year" ON "volume" ("year")',
    'CREATE INDEX "volume_customer_id" ON "volume" ("customer_id")',
    'CREATE UNIQUE INDEX "volume_customer_id_category_year_part" ON "volume" ("customer_id", "category", "year", "part")',
    'CREATE TABLE "volumeitem" ("id" SERIAL NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "document_id" INTEGER NOT NULL, "item" INTEGER NOT NULL, "first_page" INTEGER, "last_page" INTEGER, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "volumeitem_volume_id" ON "volumeitem" ("volume_id")',
    'CREATE UNIQUE INDEX "volumeitem_document_id" ON "volumeitem" ("document_id")',
    'CREATE TABLE "volumecorrection" ("id" SERIAL NOT NULL PRIMARY KEY, "volume_id" INTEGER NOT NULL, "at" TIMESTAMP NOT NULL, "user_id" INTEGER, "user_name" VARCHAR(40) NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("volume_id") REFERENCES "volume" ("id") ON DELETE RESTRICT, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "volumecorrection_volume_id" ON "volumecorrection" ("volume_id")',
    'CREATE INDEX "volumecorrection_user_id" ON "volumecorrection" ("user_id")',
]
