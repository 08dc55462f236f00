"""Slow work off the web process: jobs a teacher can follow, run by worker processes.

- :mod:`.store`: the ``jobs`` table — the teacher's input, status, step, result
  or reason for failing. Durable: a worker that dies loses no input.
- :mod:`.queue`: Huey with its SQLite storage carries job ids to the workers
  (or runs them at once in immediate mode, for tests).
- :mod:`.runners`: what each kind of job does (parse, analyse, draft), keyed
  by kind; the only module here that imports spaCy, and only in a worker.
- :mod:`.worker`: the ``quizgen worker`` process (a Huey consumer, niced, the
  spaCy model loaded once).
- :mod:`.supervisor`: ``quizgen serve`` starts the workers, restarts one that
  dies, puts its job back in the queue, and stops them with the server.
"""
