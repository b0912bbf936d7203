"""spaCy: loading the model, sentences and parses of the stretches that hold a figure, and helpers
that read a parse."""
