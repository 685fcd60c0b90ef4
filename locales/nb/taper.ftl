# Bokmål: taper. Ordvalg: locales/glossary.toml.
