"""The archive room: places, shelving and moves, the location index and labels."""
