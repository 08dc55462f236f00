"""Gold-file benchmarks (``quizgen eval``); nothing in the product imports this package."""
