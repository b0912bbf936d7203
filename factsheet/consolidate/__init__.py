"""Facts across documents: merging mentions, discrepancies, key figures, fact ids."""
