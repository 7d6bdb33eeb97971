"""档案库设置 in the window."""
