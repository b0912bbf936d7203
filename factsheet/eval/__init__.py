"""Scoring against gold sets: NewsQuant and Duckling's corpus."""
