"""Made-up probe texts: an armed act told, then referred back to ("the shelling", "the
ambush") with its doers named in other words of the same side ("Russian forces" and "Russian
artillery", "separatist fighters" and "Anglophone rebels"): one happening, one ASSAULT event.
Near neighbours that stay two: doers of another country or another armed sector. Not taken
from any data set. Each list: texts with one ASSAULT event (``ONE``) or two (``TWO``)."""

from __future__ import annotations

ONE = [
    "Russian forces pounded Argun on Thursday, officials said. The shelling by Russian "
    "artillery lasted until dusk, residents said.",
    "Israeli jets struck a building in Rafah on Monday, medics said. The strike by Israeli "
    "warplanes killed four people, the medics said.",
    "Turkish drones hit a convoy near Qamishli on Sunday. The attack by the Turkish army "
    "wounded three fighters, officials said.",
    "Sudanese troops shelled El Fasher on Friday. The bombardment by Sudanese army gunners "
    "damaged a mosque, witnesses said.",
    "Separatist fighters ambushed a patrol near Bamenda on Monday. The ambush by Anglophone "
    "rebels killed two soldiers, the army said.",
    "Ethiopian soldiers fired on a crowd in Gondar on Monday. The shooting by Ethiopian troops "
    "killed five people, witnesses said.",
    "Myanmar troops shelled a village near Hpakant on Friday. The shelling by junta soldiers "
    "wounded six villagers, a monk said.",
    "Burkinabe soldiers attacked a camp near Djibo on Sunday. The assault by army commandos "
    "lasted three hours, a security source said.",
    "Nigerian troops shelled a camp near Konduga on Monday. The shelling by Nigerian army "
    "gunners killed 12 fighters, the army said.",
    "Islamist militants raided a village near Diffa on Sunday. The raid by jihadist fighters "
    "left nine people dead, the mayor said.",
]
TWO = [
    "Russian forces pounded Argun on Thursday, officials said. The shelling by Ukrainian "
    "artillery lasted until dusk, residents said.",
    "Israeli jets struck a building in Rafah on Monday, medics said. The strike by Egyptian "
    "warplanes killed four people, the medics said.",
    "Ethiopian soldiers fired on a crowd in Gondar on Monday. The shooting by Fano rebels "
    "killed five people, witnesses said.",
    "Myanmar troops shelled a village near Hpakant on Friday. The shelling by rebel gunners "
    "wounded six villagers, a monk said.",
    "Separatist fighters ambushed a patrol near Bamenda on Monday. The ambush by Cameroonian "
    "soldiers killed two rebels, the army said.",
    "Sudanese troops shelled El Fasher on Friday. The bombardment by Chadian army gunners "
    "damaged a mosque, witnesses said.",
]
