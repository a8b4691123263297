"""A protest noun named as what is paid for, written down or put down in general is a topic,
no protest the sentence reports (events/eventhood/topics.py, ``protest_topic``): the object of
a verb of paying or funding ("accused foreign agents of financing the protests", "paid students
to join rallies", "the financing of demonstrations"), the matter of a note ("handed the envoy a
note of protest") and a bare plural put down ("sanctions over the suppression of protests").
Protests told with their doers, place or day, and a crackdown on a named protest, stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TOPICS = [
    "The president accused foreign agents of financing the protests.",
    "The minister said rival parties were funding the demonstrations.",
    "Prosecutors say the businessman bankrolled the rallies through a charity.",
    "The network paid students to join protests against the government.",
    "Police found lists of people who had been paid to attend rallies.",
    "The party denied that it sponsored the marches.",
    "Investigators are looking into the financing of demonstrations in the capital.",
    "The group is suspected of paying pensioners to attend demonstrations.",
    "The foreign ministry handed the Borduran ambassador a note of protest.",
    "The embassy delivered a letter of protest to the government.",
    "The ministry sent a formal note of protest to its neighbour.",
    "Ruritania imposed sanctions on four officers over the violent suppression of protests.",
    "Rights groups condemned the repression of demonstrations across the country.",
    "The report documents the crackdown on protests in the provinces.",
    "The envoy criticised the brutal suppression of rallies by the security forces.",
]
KEPT = [
    "Thousands of students joined the protests in the capital on Monday.",
    "Farmers marched on the ministry on Friday to demand higher prices.",
    "Hundreds of workers attended a rally outside the factory on Tuesday.",
    "Protesters held a demonstration outside the embassy on Sunday.",
    "Police broke up the protest outside parliament on Wednesday.",
    "The protests in the capital turned violent on Saturday night.",
    "Residents staged a protest against the new tax on Monday.",
    "Teachers went on strike across the country on Thursday.",
    "Police cracked down on the protest in the main square on Friday.",
    "Dozens of relatives rallied outside the prison on Monday.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_a_protest_paid_for_noted_or_put_down_in_general_is_a_topic(pipeline,
                                                                    text: str) -> None:
    assert "PROTEST" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_protests_told_with_their_doers_or_day_stay(pipeline, text: str) -> None:
    assert "PROTEST" in plover_types(text)
