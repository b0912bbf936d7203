"""The extract stage: numbers, units, dates and ranges read from plain sentence text (no parse
needed), so that
the parser runs only where this grammar finds something."""
