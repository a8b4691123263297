-- Clues of incidents (sitrep.reconcile.clues): the people named with their age or as victims,
-- the addresses and street corners, the ages each article's unit told. Strong clues
-- let a report without a day join the incident of its town that shares one (one indexed lookup
-- by family and clue); ages and names tell apart two happenings that share an address.

CREATE TABLE incident_clues (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    unit INTEGER NOT NULL,
    family TEXT NOT NULL,
    kind TEXT NOT NULL,                -- person | aged | addr | cross | age
    clue TEXT NOT NULL,                -- kind:value, as reconcile.clues.Clue.label
    PRIMARY KEY (article_id, unit, clue)
);
CREATE INDEX incident_clues_key ON incident_clues(family, clue);
CREATE INDEX incident_clues_incident ON incident_clues(incident_id);
