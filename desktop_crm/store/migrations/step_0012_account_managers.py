"""Schema step 12: the customer manager (客户经理) named on each card, by login name, indexed so a manager's
customers are found at once.

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "客户档案卡增加客户经理"

SQLITE = [
    'ALTER TABLE "customer" ADD COLUMN "account_manager" VARCHAR(40) NOT NULL DEFAULT \'\'',
    'CREATE INDEX "customer_account_manager" ON "customer" ("account_manager")',
]

POSTGRES = [
    'ALTER TABLE "customer" ADD COLUMN "account_manager" VARCHAR(40) NOT NULL DEFAULT \'\'',
    'CREATE INDEX "customer_account_manager" ON "customer" ("account_manager")',
]
