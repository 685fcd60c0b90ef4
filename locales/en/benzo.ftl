# English texts: benzo.
