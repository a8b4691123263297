-- Whether a unit's day is its own (1: the article dates the happening) or only the day it was
-- told (0: an arrest's or a charge's day, the publication, the article's story day: "Police
-- arrested a man Thursday in the fatal shooting of Lena Cole"). Fusion reads it when a report
-- with a day of its own meets an incident that only told days date (reconcile.incidents:
-- ``told_earlier``, the arrest stored before the shooting), and an incident's days are its
-- units' own days where any has one. Rows stored before this migration count as their own.
ALTER TABLE incident_units ADD COLUMN dated INTEGER NOT NULL DEFAULT 1;
