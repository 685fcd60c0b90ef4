# English texts: dose.
