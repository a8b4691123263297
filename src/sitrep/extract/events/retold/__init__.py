"""Mentions that tell again a happening an article has told: the article read for them
(``article``) and bare definite references to an act told before (``bare``)."""
