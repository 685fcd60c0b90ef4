# English texts: commands.
