"""Schema step 8: every sign-in attempt, so that repeated wrong passwords are slowed down across the window,
the command line and restarts, and failures are on record.

Frozen once released — never edit it, add a new step instead.
"""

DESCRIPTION = "登录记录：每次登录（成功或失败），用于限制反复输错密码"

SQLITE = [
    'CREATE TABLE "signinattempt" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "username" VARCHAR(40) NOT NULL, "succeeded" INTEGER NOT NULL)',
    'CREATE INDEX "signinattempt_username_at" ON "signinattempt" ("username", "at")',
]

POSTGRES = [
    'CREATE TABLE "signinattempt" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, "username" VARCHAR(40) NOT NULL, "succeeded" BOOLEAN NOT NULL)',
    'CREATE INDEX "signinattempt_username_at" ON "signinattempt" ("username", "at")',
]
