"""Visits: the salespeople's visit reports, complaint cards and the visiting routes."""
