"""Measuring the extractor, the classifier and (later) matchmaking against gold sets."""
