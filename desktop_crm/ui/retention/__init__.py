"""Retention: the appraisal list and the destruction lists."""
