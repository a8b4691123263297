"""Parts of incident fusion (``reconcile.incidents``): the incident's fields from its units
(``summary``) and the evidence that joins reports told with no day (``profile``)."""
