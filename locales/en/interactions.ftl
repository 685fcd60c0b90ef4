# English texts: interactions.
