"""今日待办: what is due today for the person signed in, each line leading to where the work is done."""
