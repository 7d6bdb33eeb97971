"""客户名册 in the window."""
