"""Made-up probe articles: a shooting or an attack told again in the witnesses' words, by one
doer described without a name and no target ("Witnesses said a man pulled a pistol and fired
at least six times"), after the attack told first: one happening, one event. Near neighbours
that stay two: a doer of another sex or number, one told as more, another place or day, an
earlier act by state forces. Not taken from any data set. Each row: the text, where the ASSAULT
events are counted."""

from __future__ import annotations

ONE = [
    "A gunman opened fire outside a club in Leeds on Saturday, wounding three people. "
    "Witnesses said a man pulled a pistol and fired at least six times.",
    "Two men were shot outside a bar in Muncie early Sunday. Witnesses said a man pulled a "
    "handgun from his waistband and fired at least five times.",
    "A woman was shot at a bus stop in Camden on Friday night. A neighbour said a teenager "
    "fired twice from a passing car.",
    "Three people were wounded in a shooting at a park in Toledo on Sunday. Witnesses told "
    "police a man in a red hoodie fired several times.",
    "A gunman opened fire at a petrol station in Lagos on Monday, killing the cashier. A "
    "witness said a young man fired several shots before fleeing on a motorbike.",
    "A guard was shot during a robbery at a bank in Tucson on Thursday. Staff said a robber "
    "fired a shot before fleeing.",
    "A shooting outside a nightclub in Memphis left two men wounded early Saturday. Police said "
    "a man fired several rounds after an argument.",
    "A teenager was stabbed outside a school in Luton on Friday. Pupils said a boy pulled a "
    "knife and lunged at him.",
    "Two people were shot at a party in Macon late Friday. Guests said a man fired into the "
    "living room from the porch.",
    "A gunman fired on worshippers at a mosque in Kano on Friday. Witnesses said a man fired "
    "repeatedly from the gate.",
    "A driver was shot on the highway near Ehor on Sunday. Passengers said a gunman fired at "
    "least ten times.",
    "A man was shot in a parking lot in Akron on Tuesday. A witness said a woman fired three "
    "shots from a car.",
]
TWO = [
    "A gunman opened fire outside a club in Leeds on Saturday. A woman fired a pistol in "
    "Bradford on Sunday.",
    "A gunman opened fire outside a club in Leeds on Saturday. Another man fired at a bus in "
    "Leeds.",
    "A gunman opened fire outside a club in Leeds on Saturday. A man fired at a bus in York on "
    "Monday.",
    "Two men were shot outside a bar in Muncie on Sunday. A man fired a rifle in Anderson on "
    "Tuesday.",
    "A guard was shot during a robbery at a bank in Tucson on Thursday. A second man also "
    "fired at the guards.",
    "Police shot a robber at a checkpoint in Kano on Friday. Witnesses said a man fired twice "
    "from a passing car.",
    "Soldiers shot two protesters in Mandalay on Saturday. Witnesses said a man fired several "
    "times from a rooftop.",
    "A gunman opened fire at a petrol station in Lagos on Monday. A man fired at a bus in Abuja "
    "on Wednesday.",
    "A woman was shot at a bus stop in Camden on Friday. A teenager fired twice in Hackney on "
    "Sunday.",
    "A woman was shot outside a school in Luton on Friday. Witnesses said two men fired "
    "several times.",
]
