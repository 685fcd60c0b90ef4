# English texts: pickup.
