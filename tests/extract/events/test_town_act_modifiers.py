"""A town named before an act noun is where the act happened, not who did it ("man jailed
over Dunstable shotgun attack": no Dunstable fired; ``ActorFinder.town``): a name with
no country and no sector that one of the article's places below a country covers. A country
("a Russian attack"), a group ("a Hamas attack") and a body ("a police shooting") before the act
noun stay its actors. Real model, made-up articles (the town is named again in the story, so
that the place extractor finds it)."""

from __future__ import annotations

import pytest

# (text, the town, the act noun's modifier that must stay an actor or None)
CHANGED = [
    ("Luton man jailed for 12 years over Dunstable shotgun attack\n\nA man who fired a shotgun "
     "through the window of a house in Dunstable, injuring a woman, has been jailed for 12 "
     "years.", "Dunstable", "man"),
    ("Woking man jailed for nine years over Guildford shotgun attack\n\nA man who fired a "
     "shotgun through the door of a flat in Guildford, injuring a woman, has been jailed for "
     "nine years.", "Guildford", "man"),
    ("Bolton man jailed for ten years over Wigan shotgun attack\n\nA man who fired a shotgun "
     "through the front window of a house in Wigan, injuring a teenager, has been jailed for "
     "ten years.", "Wigan", "man"),
]

KEPT = [
    ("Hamas attack kills three\n\nHamas fighters attacked an army post near Gaza on Monday, "
     "killing three soldiers, the army said.", "Gaza", "Hamas"),
    ("Russian attack on Kharkiv kills two\n\nA Russian missile struck a block of flats in "
     "Kharkiv on Tuesday, killing two people, officials said.", "Kharkiv", "Russian"),
    ("Police shooting in Tamale sparks protest\n\nPolice shot dead a trader at a market in "
     "Tamale on Sunday, witnesses said.", "Tamale", "Police"),
    ("Army attack near Kisumu kills rebels\n\nSoldiers attacked a rebel camp near Kisumu on "
     "Monday, the army said.", "Kisumu", "Army"),
]


@pytest.mark.parametrize("text,town,doer", [pytest.param(*row, id=f"changed-{k:02d}")
                                            for k, row in enumerate(CHANGED)]
                         + [pytest.param(*row, id=f"kept-{k:02d}") for k, row in enumerate(KEPT)])
def test_a_town_before_an_act_noun_is_no_actor(events_of, text: str, town: str,
                                               doer: str | None) -> None:
    events = events_of(text)
    actors = [a.text for e in events for a in e.actors]
    assert events
    assert not any(a == town for a in actors), actors
    if doer is not None:
        assert any(doer in a for a in actors), actors
