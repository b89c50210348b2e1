"""The solid-state battery advisor: answers questions from one guide, and nothing else."""
