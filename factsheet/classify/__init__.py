"""Figures from candidates and parses: kind, entity, qualifiers and trends (cues), and the claims
pass
(attribution, period, modality)."""
