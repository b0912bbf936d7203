"""Reading sources: files, folders, stdin, HTML pages; page furniture; the language check; text
normalisation."""
