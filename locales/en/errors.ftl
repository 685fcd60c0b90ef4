# English texts: errors.
