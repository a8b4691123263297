"""One happening, one event (``corefer``) when the mentions name the same person, on made-up
articles: a killing of a named victim told twice is one event even where the two mentions are
given different places (one of them the place of another clause) or one is dated to the past
(the event becomes background, with that date); a later mention whose recipient was not found
but whose own clause names the earlier event's recipient ("filed charges ... against Nowak,
who was arrested Thursday") joins it. Near neighbours stay apart: another victim of the same
surname, a wounding or an attack that killed nobody, a plot, a threat; charges against another
person, or filed by the earlier event's recipient."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

ONE_KILLING = [
    ('Karel Nowak, the target of the attack that killed the singer Ivo Marek in July, is '
     'facing charges in Poland. Nowak was thought to be the target of the attack that killed '
     'Ivo Marek on 9 July last year in Prague.'),
    ('The killing of the activist Juma Otieno in Kisumu drew protests in Nairobi. Otieno was '
     'killed on his farm outside Eldoret in 2018, police said.'),
    ('The murder of the journalist Lena Vos sparked protests in Riga. Lena Vos was killed '
     'outside her home in Jurmala in 2017.'),
    ('The killing of the farmer Pedro Alves angered residents of Recife. Gunmen killed Pedro '
     'Alves near Olinda in 2016.'),
    ('The assassination of the mayor Omar Sidibe was condemned in Bamako. Omar Sidibe was '
     'assassinated in Gao in 2015.'),
    ('Friends of the singer Ivo Marek gathered in Warsaw to mark the murder of Marek. Marek '
     'was murdered in Krakow in 2012.'),
    ('Mourners in Lagos remembered the killing of the pastor John Obi. John Obi was killed '
     'in Kaduna in 2010.'),
    ('The killing of the union leader Rosa Diaz was debated in Lima. Rosa Diaz was shot dead '
     'in Cusco in 2013.'),
    ('The murder of the priest Juan Soto prompted an inquiry in Quito. Juan Soto was killed '
     'in Guayaquil in 2011.'),
    ('The assassination of the governor Ali Musa was discussed in Kano. Ali Musa was '
     'assassinated in Kaduna in 2009.'),
]
TWO_ATTACKS = [
    ('The killing of the activist Juma Otieno in Kisumu drew protests in Nairobi. His '
     'brother Peter Otieno was killed on his farm outside Eldoret in 2018, police said.'),
    ('The murder of the journalist Lena Vos sparked protests in Riga. Her colleague Anna Vos '
     'was killed outside her home in Jurmala in 2017.'),
    ('The killing of the farmer Pedro Alves angered residents of Recife. Gunmen wounded '
     'Pedro Alves near Olinda in 2016.'),
    ('The assassination of the mayor Omar Sidibe was condemned in Bamako. Rebels had plotted '
     'to assassinate Omar Sidibe in Gao in 2015.'),
    ('Mourners in Lagos remembered the killing of the pastor John Obi. The pastor Samuel Eze '
     'was killed in Kaduna in 2010.'),
    ('The killing of the union leader Rosa Diaz was debated in Lima. Gunmen shot at Rosa '
     'Diaz in Cusco in 2013, but she survived.'),
    ('The murder of the priest Juan Soto prompted an inquiry in Quito. The priest Luis Soto '
     'was killed in Guayaquil in 2011.'),
    ('The assassination of the governor Ali Musa was discussed in Kano. Gunmen attacked the '
     'convoy of Ali Musa in Kaduna in 2009.'),
    ('Friends of the singer Ivo Marek gathered in Warsaw to mark the murder of Marek. The '
     'singer Jan Nowak was murdered in Krakow in 2012.'),
    ('The killing of the judge Maria Lopes shocked lawyers in Porto. Militants threatened to '
     'kill Maria Lopes in Braga in 2008.'),
    ('The murder of the editor Tomas Rell was condemned in Lisbon. The editor Paulo Rell was '
     'beaten in Porto in 2019.'),
]
ONE_CHARGING = [
    ('Karel Nowak, a businessman from Gdansk, is facing fraud charges in Poland. On '
     'Saturday, a Polish prosecutor filed charges of fraud and bribery against Nowak, who '
     'was arrested Thursday.'),
    ('The banker Luis Pardo is facing corruption charges in Peru. On Monday, a Peruvian '
     'prosecutor filed charges of bribery against Pardo, who was detained last week.'),
    ('The senator Rosa Diaz faces bribery charges in Peru. On Tuesday, a Peruvian prosecutor '
     'filed charges of bribery against Diaz, who denies wrongdoing.'),
    ('The official Ali Musa is facing graft charges in Nigeria. On Wednesday, anti-graft '
     'officials filed charges of fraud against Musa, who was suspended last month.'),
    ('The executive Lena Vos faces fraud charges in Latvia. On Thursday, a Latvian '
     'prosecutor filed charges of tax fraud against Vos, who was arrested in Riga.'),
    ('The coach Pedro Alves is facing abuse charges in Brazil. On Friday, a Brazilian '
     'prosecutor filed charges of abuse against Alves, who was arrested in Recife.'),
    ('The official Maria Lopes is facing fraud charges in Portugal. On Sunday, a Portuguese '
     'prosecutor filed charges of fraud against Lopes, who was arrested in Porto.'),
    ('The mayor Jonas Petrauskas faces bribery charges in Lithuania. On Monday, a Lithuanian '
     'prosecutor filed charges of bribery against Petrauskas, who was detained in Vilnius.'),
    ('The banker Ivo Marek is facing fraud charges in Czechia. On Tuesday, a Czech '
     'prosecutor filed charges of fraud against Marek, who was arrested in Prague.'),
    ('The official Samuel Eze is facing graft charges in Nigeria. On Friday, a Nigerian '
     'prosecutor filed charges of graft against Eze, who was arrested in Abuja.'),
    ('The trader Juma Otieno faces smuggling charges in Kenya. On Thursday, a Kenyan '
     'prosecutor filed charges of smuggling against Otieno, who was arrested in Mombasa.'),
]
TWO_CHARGINGS = [
    ('The senator Luis Pardo is facing bribery charges in Peru. On Tuesday, a Peruvian '
     'prosecutor filed charges of bribery against Diaz, who denies wrongdoing.'),
    ('The official Ana Varga is facing graft charges in Hungary. On Wednesday, anti-graft '
     'officials filed charges of fraud against Kovacs, who was suspended last month.'),
    ('The executive Karel Nowak faces fraud charges in Latvia. On Thursday, a Latvian '
     'prosecutor filed charges of tax fraud against Berzins, who was arrested in Riga.'),
    ('The coach Pedro Alves is facing abuse charges in Brazil. On Friday, a Brazilian '
     'prosecutor filed charges of abuse against Souza, who was arrested in Recife.'),
    ('The official Maria Lopes is facing fraud charges in Portugal. On Sunday, a Portuguese '
     'prosecutor filed charges of fraud against Costa, who was arrested in Porto.'),
    ('Karel Nowak, a businessman from Gdansk, is facing fraud charges in Poland. On '
     'Saturday, a Polish prosecutor filed charges of fraud and bribery against Kowalski, who '
     'was arrested Thursday.'),
    ('The banker Luis Pardo is facing corruption charges in Peru. On Monday, a Peruvian '
     'prosecutor filed charges of bribery against Quispe, who was detained last week.'),
    ('The official Ali Musa is facing graft charges in Nigeria. On Wednesday, Musa filed '
     'charges of defamation against a newspaper that had reported the case.'),
    ('The executive Lena Vos faces fraud charges in Latvia. On Thursday, Vos filed charges '
     'of libel against a blogger who had criticised her.'),
    ('The coach Pedro Alves is facing abuse charges in Brazil. On Friday, Alves filed '
     'charges of slander against a former player who had accused him.'),
    ('The official Maria Lopes is facing fraud charges in Portugal. On Sunday, a Portuguese '
     'prosecutor filed charges of fraud against the firm that had employed Lopes.'),
]


def _of_type(text: str, plover: str) -> list[Event]:
    return [e for e in sitrep.process_text(text).events if e.plover_type == plover]


@pytest.mark.parametrize("text", ONE_KILLING)
def test_a_named_victim_killed_is_one_event_across_places_and_background(
        pipeline, text: str) -> None:
    found = _of_type(text, "ASSAULT")
    assert len(found) == 1, [(e.trigger.text, e.modes) for e in found]
    assert found[0].historical  # the later mention dates the killing to the past


@pytest.mark.parametrize("text", TWO_ATTACKS)
def test_another_victim_a_wounding_or_a_plot_stays_apart(pipeline, text: str) -> None:
    found = [e for e in sitrep.process_text(text).events
             if e.plover_type in {"ASSAULT", "THREATEN"}]
    assert len(found) == 2, [(e.trigger.text, e.modes) for e in found]


@pytest.mark.parametrize("text", ONE_CHARGING)
def test_charges_against_the_person_named_before_are_one_event(pipeline, text: str) -> None:
    found = _of_type(text, "ACCUSE")
    assert len(found) == 1, [(e.trigger.text, [a.text for a in e.recipients]) for e in found]
    assert found[0].actors  # the prosecutor of the later mention


@pytest.mark.parametrize("text", TWO_CHARGINGS)
def test_charges_against_another_person_or_by_the_accused_stay_apart(pipeline,
                                                                       text: str) -> None:
    found = _of_type(text, "ACCUSE")
    assert len(found) == 2, [(e.trigger.text, [a.text for a in e.recipients]) for e in found]
