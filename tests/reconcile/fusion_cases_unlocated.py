"""Made-up reports of statements the text does not locate (no "said in ...", no dateline: the
statement convention leaves them without a place), for fusion across articles by speaker and day
(no text from any data set). ``JOIN_UNLOCATED``: one speaker's statement of one day told by two
outlets in other words (appeals, threats, refusals, agreements, praise, accusations, meetings);
``APART_UNLOCATED``: their near neighbours, which stay two incidents (another speaker of another
country or body on that day, the same speaker on another day). Each case is (label, family,
first report, second report); a report is (text, publication date or None)."""

from __future__ import annotations

from fusion_cases import Report

StatementCase = tuple[str, str, Report, Report]

JOIN_UNLOCATED: list[StatementCase] = [
    ("an appeal, a chancellor with and without her title", "REQUEST",
     ("German Chancellor Angela Merkel on Thursday called on Russia to withdraw its troops from "
      "the Ukrainian border.", "2021-04-16"),
     ("Angela Merkel on Thursday urged Russia to pull its troops back from the border with "
      "Ukraine.", "2021-04-16")),
    ("an appeal, one ministry named two ways", "REQUEST",
     ("Japan's Foreign Ministry on Wednesday asked China to release the detained fishermen.",
      "2019-09-12"),
     ("The Japanese Foreign Ministry on Wednesday demanded that China free the fishermen it "
      "detained.", "2019-09-12")),
    ("a threat, a president named two ways", "THREATEN",
     ("Turkish President Recep Tayyip Erdogan on Monday threatened to expel ten Western "
      "ambassadors.", "2021-10-26"),
     ("Recep Tayyip Erdogan threatened on Monday to expel the ambassadors of ten Western "
      "countries.", "2021-10-26")),
    ("a threat, one rebel group", "THREATEN",
     ("The Houthi movement on Saturday threatened to attack Saudi oil tankers.",
      "2018-07-30"),
     ("The Houthis threatened on Saturday to strike Saudi oil tankers.",
      "2018-07-30")),
    ("a refusal, a prime minister with and without his title", "REJECT",
     ("Israeli Prime Minister Benjamin Netanyahu on Sunday rejected the ceasefire proposal.",
      "2014-07-21"),
     ("Benjamin Netanyahu on Sunday refused the proposed ceasefire.", "2014-07-21")),
    ("a refusal, one government", "REJECT",
     ("The Venezuelan government on Friday rejected the demand for new elections.",
      "2019-01-26"),
     ("Venezuela's government on Friday refused the call for a new election.", "2019-01-26")),
    ("an agreement, one country", "AGREE",
     ("Iran on Wednesday agreed to let United Nations inspectors visit two sites.",
      "2020-08-27"),
     ("Iran agreed on Wednesday to allow U.N. inspectors into two sites.", "2020-08-27")),
    ("praise, a prime minister named two ways", "SUPPORT",
     ("Indian Prime Minister Narendra Modi on Tuesday praised the peace agreement between the "
      "two neighbours.", "2020-09-16"),
     ("Narendra Modi on Tuesday welcomed the peace agreement between the two neighbours.",
      "2020-09-16")),
    ("an accusation, a spokesman named two ways", "ACCUSE",
     ("Chinese Foreign Ministry spokesman Zhao Lijian on Monday accused Washington of meddling "
      "in Hong Kong.", "2020-06-02"),
     ("Zhao Lijian on Monday accused the United States of interfering in Hong Kong.",
      "2020-06-02")),
    ("a condemnation, one secretary-general", "ACCUSE",
     ("U.N. Secretary-General Antonio Guterres on Thursday condemned the killing of aid "
      "workers.", "2019-11-08"),
     ("Antonio Guterres on Thursday denounced the killing of aid workers.", "2019-11-08")),
    ("a denial of a request, one ministry", "REJECT",
     ("Russia's Defence Ministry on Tuesday dismissed the accusations of shelling a hospital.",
      "2022-03-16"),
     ("The Russian Defence Ministry on Tuesday denied the claims that it shelled a hospital.",
      "2022-03-16")),
    ("a warning, one general", "THREATEN",
     ("Pakistani army chief General Qamar Javed Bajwa on Friday warned India against any "
      "attack.", "2019-03-02"),
     ("Qamar Javed Bajwa warned India on Friday against any attack.", "2019-03-02")),
]

APART_UNLOCATED: list[StatementCase] = [
    ("an appeal by two countries' leaders the same day", "REQUEST",
     ("German Chancellor Angela Merkel on Thursday called on Russia to withdraw its troops from "
      "the Ukrainian border.", "2021-04-16"),
     ("French President Emmanuel Macron on Thursday called on Russia to withdraw its troops "
      "from the Ukrainian border.", "2021-04-16")),
    ("an appeal by one leader on two days", "REQUEST",
     ("German Chancellor Angela Merkel on Monday called on Russia to withdraw its troops from "
      "the Ukrainian border.", "2021-04-16"),
     ("German Chancellor Angela Merkel on Thursday called on Russia to withdraw its troops from "
      "the Ukrainian border.", "2021-04-16")),
    ("a threat by two countries' ministries the same day", "THREATEN",
     ("Iran's foreign ministry on Monday threatened to expel the British ambassador.",
      "2021-10-26"),
     ("Iraq's foreign ministry on Monday threatened to expel the British ambassador.",
      "2021-10-26")),
    ("a threat by one president on two days", "THREATEN",
     ("Turkish President Recep Tayyip Erdogan on Monday threatened to expel ten Western "
      "ambassadors.", "2021-10-26"),
     ("Turkish President Recep Tayyip Erdogan on Saturday threatened to expel ten Western "
      "ambassadors.", "2021-10-26")),
    ("a refusal by a prime minister and a militant group the same day", "REJECT",
     ("Israeli Prime Minister Benjamin Netanyahu on Sunday rejected the ceasefire proposal.",
      "2014-07-21"),
     ("Hamas on Sunday rejected the ceasefire proposal.", "2014-07-21")),
    ("a refusal by two governments the same day", "REJECT",
     ("The Venezuelan government on Friday rejected the demand for new elections.",
      "2019-01-26"),
     ("The Cuban government on Friday rejected the demand for new elections.", "2019-01-26")),
    ("an agreement by two countries on other days", "AGREE",
     ("Iran on Wednesday agreed to let United Nations inspectors visit two sites.",
      "2020-08-27"),
     ("Iran on Monday agreed to let United Nations inspectors visit two sites.", "2020-08-27")),
    ("praise by two prime ministers the same day", "SUPPORT",
     ("Indian Prime Minister Narendra Modi on Tuesday praised the peace agreement between the "
      "two neighbours.", "2020-09-16"),
     ("Australian Prime Minister Scott Morrison on Tuesday praised the peace agreement between "
      "the two neighbours.", "2020-09-16")),
    ("an accusation by two countries' spokesmen the same day", "ACCUSE",
     ("Chinese Foreign Ministry spokesman Zhao Lijian on Monday accused Washington of meddling "
      "in Hong Kong.", "2020-06-02"),
     ("Russian Foreign Ministry spokeswoman Maria Zakharova on Monday accused Washington of "
      "meddling in Hong Kong.", "2020-06-02")),
    ("a condemnation by one secretary-general on two days", "ACCUSE",
     ("U.N. Secretary-General Antonio Guterres on Thursday condemned the killing of aid "
      "workers.", "2019-11-08"),
     ("U.N. Secretary-General Antonio Guterres on Tuesday condemned the killing of aid "
      "workers.", "2019-11-08")),
    ("a denial by two countries' defence ministries the same day", "REJECT",
     ("Russia's Defence Ministry on Tuesday dismissed the accusations of shelling a hospital.",
      "2022-03-16"),
     ("Ukraine's Defence Ministry on Tuesday dismissed the accusations of shelling a hospital.",
      "2022-03-16")),
    ("a warning by two armies' chiefs the same day", "THREATEN",
     ("Pakistani army chief General Qamar Javed Bajwa on Friday warned India against any "
      "attack.", "2019-03-02"),
     ("Chinese Defence Minister Wei Fenghe on Friday warned India against any attack.",
      "2019-03-02")),
    ("an appeal by two cities' police the same day", "REQUEST",
     ("Chicago police on Monday asked the public for help finding a gunman.", "2020-06-02"),
     ("Dallas police on Monday asked the public for help finding a gunman.", "2020-06-02")),
    ("an appeal by police no text places, the same day", "REQUEST",
     ("Police on Monday asked anyone with information about the robbery to come forward.",
      "2020-06-02"),
     ("Police on Monday urged anyone with information about the robbery to come forward.",
      "2020-06-02")),
    ("a refusal by two cities' councils the same day", "REJECT",
     ("The Houston city council on Tuesday rejected the new budget.", "2019-05-22"),
     ("The Denver city council on Tuesday rejected the new budget.", "2019-05-22")),
    ("a demand by a family no text places, the same day", "REQUEST",
     ("The victim's family on Monday demanded an independent investigation of the shooting.",
      "2020-06-02"),
     ("The victim's family on Monday demanded an independent inquiry into the shooting.",
      "2020-06-02")),
    ("a condemnation by officials no text places, the same day", "ACCUSE",
     ("Officials on Sunday condemned the attack on the mosque.", "2019-03-18"),
     ("Officials on Sunday denounced the attack on the mosque.", "2019-03-18")),
    ("a warning by two counties' prosecutors the same day", "THREATEN",
     ("The Cook County prosecutor on Tuesday warned that looters would be charged.",
      "2020-06-03"),
     ("The Wayne County prosecutor on Tuesday warned that looters would be charged.",
      "2020-06-03")),
    ("a secretary of state and a federal commission of one country the same day", "REQUEST",
     ("U.S. Secretary of State Antony Blinken on Monday called on Russia to withdraw its "
      "troops from the Ukrainian border.", "2022-01-25"),
     ("The U.S. Helsinki Commission on Monday called on Russia to withdraw its troops from the "
      "Ukrainian border.", "2022-01-25")),
    ("a prime minister and a ministry of one country the same day", "ACCUSE",
     ("British Prime Minister Rishi Sunak on Tuesday condemned the attack on the ship.",
      "2023-12-13"),
     ("Britain's Ministry of Defence on Tuesday condemned the attack on the ship.",
      "2023-12-13")),
]

# one report locates the statement ("said in Geneva"), the other does not: one incident, in
# either order of arrival
LOCATED_AND_NOT: list[StatementCase] = [
    ("located first", "ACCUSE",
     ("U.N. Secretary-General Antonio Guterres on Thursday condemned the killing of aid workers "
      "in a speech in Geneva.", "2019-11-08"),
     ("Antonio Guterres on Thursday denounced the killing of aid workers.", "2019-11-08")),
    ("unlocated first", "REQUEST",
     ("Angela Merkel on Thursday urged Russia to pull its troops back from the border with "
      "Ukraine.", "2021-04-16"),
     ("German Chancellor Angela Merkel told reporters in Berlin on Thursday that Russia must "
      "withdraw its troops from the Ukrainian border.", "2021-04-16")),
]
