# English texts: screens.
