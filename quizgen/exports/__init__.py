"""Quizzes out of quizgen: results spreadsheets and the formats of the tools teachers use.

One module per format; each looks a question type up in its own table (never an
``if q.type ==`` chain) and says plainly which questions it cannot carry.
"""
