# English texts: qtc.
