# English texts: taper.
