"""Visit reports, complaint cards and routes in the window."""
