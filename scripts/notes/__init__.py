"""Reading the notes' Markdown sources: pages, practice questions and flashcards.

The build hooks (scripts/hooks/) and the tests use these modules, so what the build checks and
what the tests assert come from one reading of the sources.
"""
