"""When an event happened: the dates a trigger's clause carries (``dated``) and the one the
trigger takes among a sentence's dates (``trigger_dates``)."""
