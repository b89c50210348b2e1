"""Measuring the advisor: graded evaluation sets (:mod:`.evaluation`), knowledge overlaps
(:mod:`.coverage`) and speed and memory (:mod:`.bench`). Used by the CLI and the tests; the
advisor itself never imports this package."""
