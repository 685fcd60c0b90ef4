# English texts: missed.
