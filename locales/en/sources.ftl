# English texts: sources.
