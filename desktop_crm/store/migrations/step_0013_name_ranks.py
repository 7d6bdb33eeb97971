"""Schema step 13: every card ranked in pinyin order (``name_rank``, spaced so a new card fits between its
neighbours) and the search index kept in that order: the 1–2 character grams of live cards keyed (gram, rank,
id), cleared cards left out of it, and the trigram index keyed by rank, so its matches come out in name order.
The searchable text also holds the name's full pinyin and each phone number without its separators; phone and
contact are indexed so the list sorts by them. The live cards' ranks are indexed alone (a row far down the list is
counted to in that small index) and with their searchable text, so a short code is looked for by reading that one
index in name order.

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "客户按拼音排序号；检索索引按显示顺序保存；全拼与不带分隔符的电话可检索"

SQLITE = [
    'DROP TRIGGER customer_search_ai',
    'DROP TRIGGER customer_search_ad',
    'DROP TRIGGER customer_search_au',
    'ALTER TABLE "customer" ADD COLUMN "name_rank" INTEGER NOT NULL DEFAULT 0',
    "UPDATE customer SET search_text = search_text || ' ' || replace(substr(name_sort, 1, instr(name_sort, char(1)) - 1), ' ', '') || CASE WHEN instr(phone, '-') > 0 THEN ' ' || replace(phone, '-', '') ELSE '' END || CASE WHEN instr(mobile, '-') > 0 THEN ' ' || replace(mobile, '-', '') ELSE '' END || CASE WHEN instr(tax_phone, '-') > 0 THEN ' ' || replace(tax_phone, '-', '') ELSE '' END",
    'UPDATE customer SET name_rank = r.rn * 1048576 FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY name_sort, id) AS rn FROM customer) AS r WHERE r.id = customer.id',
    'DROP TABLE customer_fts',
    "CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customer', content_rowid='name_rank', tokenize='trigram')",
    "INSERT INTO customer_fts (customer_fts) VALUES ('rebuild')",
    'DROP TABLE customer_gram',
    'CREATE TABLE customer_gram (gram TEXT NOT NULL, name_rank INTEGER NOT NULL, customer_id INTEGER NOT NULL, PRIMARY KEY (gram, name_rank, customer_id)) WITHOUT ROWID',
    'CREATE INDEX customer_gram_customer ON customer_gram (customer_id)',
    "\n    INSERT OR IGNORE INTO customer_gram (gram, name_rank, customer_id)\n    SELECT substr(t.s, p.n, w.w), t.name_rank, t.id\n      FROM (SELECT id, name_rank, lower(name) AS s FROM customer WHERE state <> '已清除'\n            UNION ALL SELECT id, name_rank, initials FROM customer WHERE state <> '已清除') AS t\n      JOIN gram_position AS p ON p.n <= length(t.s)\n      JOIN (SELECT 1 AS w UNION ALL SELECT 2) AS w\n     WHERE substr(t.s, p.n, w.w) <> ''\n",
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer WHEN new.name_rank <> 0 BEGIN\n        INSERT INTO customer_fts (rowid, search_text) VALUES (new.name_rank, new.search_text);\n        \n    INSERT OR IGNORE INTO customer_gram (gram, name_rank, customer_id)\n    SELECT substr(t.s, p.n, w.w), new.name_rank, new.id\n      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,\n           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w\n     WHERE new.state <> '已清除' AND p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';\n\n    END",
    "CREATE TRIGGER customer_search_ad AFTER DELETE ON customer WHEN old.name_rank <> 0 BEGIN\n        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.name_rank, old.search_text);\n        DELETE FROM customer_gram WHERE customer_id = old.id;\n    END",
    "CREATE TRIGGER customer_search_au AFTER UPDATE OF search_text, name_rank ON customer\n        WHEN old.name_rank <> 0 BEGIN\n        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.name_rank, old.search_text);\n        INSERT INTO customer_fts (rowid, search_text) VALUES (new.name_rank, new.search_text);\n    END",
    "CREATE TRIGGER customer_gram_au AFTER UPDATE OF name, initials, name_rank, state ON customer\n        WHEN old.name_rank <> 0 BEGIN\n        DELETE FROM customer_gram WHERE customer_id = old.id;\n        \n    INSERT OR IGNORE INTO customer_gram (gram, name_rank, customer_id)\n    SELECT substr(t.s, p.n, w.w), new.name_rank, new.id\n      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,\n           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w\n     WHERE new.state <> '已清除' AND p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';\n\n    END",
    'CREATE INDEX "customer_rank" ON "customer" ("name_rank", "id")',
    'CREATE INDEX "customer_live_text" ON "customer" ("name_rank", "id", "search_text") WHERE state <> \'已清除\'',
    'CREATE INDEX "customer_live_rank" ON "customer" ("name_rank", "id") WHERE state <> \'已清除\'',
    'CREATE INDEX "customer_phone" ON "customer" ("phone")',
    'CREATE INDEX "customer_contact_name" ON "customer" ("contact_name")',
]

POSTGRES = [
    'ALTER TABLE "customer" ADD COLUMN "name_rank" BIGINT NOT NULL DEFAULT 0',
    "UPDATE customer SET search_text = search_text || ' ' || replace(substr(name_sort, 1, strpos(name_sort, chr(1)) - 1), ' ', '') || CASE WHEN strpos(phone, '-') > 0 THEN ' ' || replace(phone, '-', '') ELSE '' END || CASE WHEN strpos(mobile, '-') > 0 THEN ' ' || replace(mobile, '-', '') ELSE '' END || CASE WHEN strpos(tax_phone, '-') > 0 THEN ' ' || replace(tax_phone, '-', '') ELSE '' END",
    'UPDATE customer SET name_rank = r.rn * 1048576 FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY name_sort, id) AS rn FROM customer) AS r WHERE r.id = customer.id',
    'CREATE INDEX "customer_rank" ON "customer" ("name_rank", "id")',
    'CREATE INDEX "customer_live_rank" ON "customer" ("name_rank", "id") WHERE state <> \'已清除\'',
    'CREATE INDEX "customer_phone" ON "customer" ("phone")',
    'CREATE INDEX "customer_contact_name" ON "customer" ("contact_name")',
]
