"""Sequels of an act an article has told: a later mention that continues it (a court keeping in
custody the people an arrest took: ``custody``) or answers it (the other side of an exchange of
fire shooting back: ``exchanges``). Each is one more mention of the happening, not a new one,
even on another day (the remand hearing) or with the roles the other way round (the ones fired
on fire back); ``corefer`` fuses them into the act they follow. An answer to what was told before (a denial
of an accusation, a rejection of sanctions: ``answers``) is an event of its own whose other
party is the accuser or the imposer named before."""
