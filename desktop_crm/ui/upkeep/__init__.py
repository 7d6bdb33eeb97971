"""Windows of upkeep: backup, restore and the automatic backups."""
