"""今日待办: the first window after signing in."""
