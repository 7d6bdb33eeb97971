"""客户构成分析 in the window."""
