# English texts: switch.
