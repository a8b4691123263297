"""Background told as current: earlier happenings an article recalls in the words around an act
(a person's past career, the bodies of an earlier age, a noun dated by a year or a season), by
a day more than a week before publication (``weeks``) or by a definite noun naming a
background happening told elsewhere (``referred``), or by a relative clause of an earlier
happening ("the 2015 bombing of a market that killed 40": ``antecedents``), on an earlier occasion or as
the crime a term was served for (``cases``), or by a month without its year that a past tense
puts before publication (``yearless``)."""
