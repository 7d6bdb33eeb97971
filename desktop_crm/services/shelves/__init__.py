"""The archive room: its places (柜-层-格), where each binder and fixed volume stands, moves, the location
index and labels."""
