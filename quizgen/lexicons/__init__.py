"""Every word list the analysis and the question engine share, declared once.

Each module names its source and licence; rules import from here instead of
keeping private copies.
"""
