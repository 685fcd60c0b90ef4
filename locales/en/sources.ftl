# English texts: sources. The English titles are the register's own
# (config/sources.toml); the other languages give a source's title as the
# message `source-KEY-title` (the key in lower case, `.` a hyphen), and a
# source they do not name keeps the register's title.
# A citation's notes (`SERAF (last 4 weeks)`) have no English message: the
# note is the English; other languages give it as `note-last-4-weeks`
# (`sources::note_id`).
