"""Who did an event and to whom: ``actors`` finds the actors and recipients of a trigger in the
parse (subjects, objects, agents of passives, prepositions, reciprocal events) and
``participants`` the patterns around them (sufferers, "the arrest of X", possessives,
appositions, pronouns, the country of a group)."""
