"""A generated corpus of war reports for benchmarks: varied places, actors, numbers, dates, quotes
and site furniture, so that every pipeline stage does real work. Deterministic for a given seed."""

from __future__ import annotations

import random

THEATRES = [
    # (country, places, government side, opposition side, outlet, dateline)
    ("Syria", ["Aleppo", "Idlib", "Homs", "Douma", "Deir ez-Zor", "Raqqa", "Hama", "Daraa"],
     ["regime forces", "the Syrian Arab Army", "pro-government militias"],
     ["rebel fighters", "opposition factions", "the Free Syrian Army"], "Enab Baladi", "BEIRUT"),
    ("Yemen", ["Sanaa", "Hodeidah", "Taiz", "Marib", "Aden"],
     ["government troops", "Saudi-led coalition aircraft"], ["Houthi fighters", "Ansar Allah"], "Yemen Monitor", "ADEN"),
    ("Sudan", ["El Fasher", "Khartoum", "Omdurman", "Nyala", "El Geneina"],
     ["the Sudanese Armed Forces", "army units"], ["the Rapid Support Forces", "RSF fighters"], "Sudan Tribune", "KHARTOUM"),
    ("Ukraine", ["Kharkiv", "Kherson", "Bakhmut", "Zaporizhzhia", "Odesa"],
     ["Russian forces", "Russian artillery units"], ["Ukrainian troops", "the Armed Forces of Ukraine"], "Kyiv Independent", "KYIV"),
    ("Myanmar", ["Sagaing", "Mandalay", "Lashio", "Myawaddy"],
     ["the Tatmadaw", "junta troops"], ["People's Defence Force fighters", "resistance groups"], "Myanmar Now", "YANGON"),
    ("Mali", ["Mopti", "Gao", "Timbuktu", "Kidal"],
     ["Malian soldiers", "the Malian army"], ["jihadist fighters", "JNIM militants"], "Sahel Watch", "BAMAKO"),
]
VICTIMS = ["civilians", "children", "women", "soldiers", "fighters", "residents", "aid workers"]
WEAPONS = ["shelled", "bombed", "attacked", "stormed", "raided"]
DAYS = ["on Monday", "on Tuesday", "last week", "earlier this month", "two days ago", "on Friday night",
        "since late November", "in the past few days"]
VAGUE = ["dozens of", "several", "hundreds of", "at least 12", "more than 40", "between 5 and 9"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIRST = ["Ahmad", "Mariam", "Oleksandr", "Hassan", "Aung", "Fatima", "Ibrahim", "Nadia", "Moussa", "Olena"]
LAST = ["Haddad", "Kovalenko", "al-Hassan", "Min Thu", "Traore", "Saleh", "Petrenko", "Osman"]
ROLES = ["a local activist", "a doctor at the main hospital", "a spokesman for the governor",
         "a father of three", "a teacher in the old city", "a rebel commander"]
FILLER = ("The road between the two towns has been closed for weeks and prices of bread and fuel have risen "
          "sharply. Aid agencies warned that water and medicine were running short in the besieged districts, "
          "and that hospitals could not cope with the number of wounded arriving each day.")


def article(rng: random.Random, n: int) -> dict:
    """One report: title, publication date, byline, dateline and 6-10 paragraphs."""
    country, places, gov, opp, outlet, dateline = rng.choice(THEATRES)
    place, other = rng.sample(places, 2)
    agent, target = (rng.choice(gov), rng.choice(opp)) if rng.random() < 0.5 else (rng.choice(opp), rng.choice(gov))
    killed = rng.randint(2, 120)
    victims = rng.choice(VICTIMS)
    speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    published = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2012, 2024)}"
    paras = [
        f"{dateline}: {agent.capitalize()} {rng.choice(WEAPONS)} the {rng.choice(['eastern', 'western', 'northern'])} "
        f"districts of {place} {rng.choice(DAYS)}, killing at least {killed} {victims} including "
        f"{rng.randint(2, 9)} children, according to {speaker}, {rng.choice(ROLES)}.",
        f"\u201cWe buried {rng.choice(VAGUE)} people in one day,\u201d {speaker.split()[0]} told {outlet}. "
        f"\u201cThe shelling did not stop until the morning.\u201d",
        f"{target.capitalize()} said they had repelled an attack near {other} and denied losing positions, "
        f"but {rng.choice(VAGUE)} of their members were reported wounded.",
        f"Families paid bribes of up to {rng.randint(100, 900)},000 {rng.choice(['Syrian pounds', 'Sudanese pounds', 'hryvnias', 'kyat'])} "
        f"(US ${rng.randint(500, 5000):,}) to keep men between the ages of 18 and {rng.randint(35, 45)} away from the front.",
        FILLER,
        f"The United Nations said {rng.randint(2, 90)},000 people had fled {place} since {rng.choice(MONTHS)}, "
        f"many of them to camps near {other}.",
    ]
    for _ in range(rng.randint(0, 4)):
        paras.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}, {rng.choice(ROLES)}, said the situation in "
                     f"{rng.choice(places)} was getting worse. {FILLER}")
    return {
        "title": f"{killed} killed as fighting spreads in {place}",
        "published": published,
        "byline": f"By {rng.choice(FIRST)} {rng.choice(LAST)}",
        "outlet": outlet,
        "paragraphs": paras,
        "country": country,
    }


def as_text(doc: dict) -> str:
    """The report as pasted plain text, with furniture at the end."""
    body = "\n\n".join(doc["paragraphs"])
    return (f"{doc['title']}\n\n{doc['published']}\n\n{doc['byline']}\n\n{body}\n\n"
            "Related Articles\nLeave a Reply\nYour email address will not be published.\n")


def as_html(doc: dict) -> str:
    body = "".join(f"<p>{p}</p>" for p in doc["paragraphs"])
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(10))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{doc["title"]}</title>'
            f'<meta property="og:site_name" content="{doc["outlet"]}"></head><body><nav><ul>{nav}</ul></nav>'
            f'<article><h1>{doc["title"]}</h1><p class="byline">{doc["byline"]}</p><time>{doc["published"]}</time>'
            f"{body}</article><footer>All rights reserved.</footer></body></html>")


def corpus(n: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    return [article(rng, i) for i in range(n)]
