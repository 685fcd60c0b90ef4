# English texts: overdose.
