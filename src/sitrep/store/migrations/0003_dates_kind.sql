-- When.kind: date | time (a clock time on a day; value is the day) | interval (a duration
-- anchored at the publication date, not an event date).
ALTER TABLE dates ADD COLUMN kind TEXT NOT NULL DEFAULT 'date';
