"""客户名册: the printed rosters and their biennial update rounds."""
