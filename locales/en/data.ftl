# English texts: data.
