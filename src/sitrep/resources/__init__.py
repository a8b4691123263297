"""Resources shipped with the package: lexicons (TSV we write) and the gazetteer index."""
