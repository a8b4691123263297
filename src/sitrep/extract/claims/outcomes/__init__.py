"""What outcome a casualty word names: the cue words and their senses (``cues``), illness and
guardianship (``ailments``), shootings and stabbings (``shooting``), and the periods a figure
covers (``periods``)."""
