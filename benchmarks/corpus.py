"""A generator of realistic dated news articles, seeded and reproducible, at any size.

Templates over lists of people (with titles), places, organisations and
verbs give varied sentences: visits, meetings, criticism, statements with
quotes, hedged plans, relative dates ("on Tuesday", "last month") and a line
or two of site boilerplate, so every part of the pipeline is exercised.

usage: python benchmarks/corpus.py N OUT.jsonl [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

PEOPLE = [
    ("Foreign Minister", "Maria Lopez"), ("President", "John Carter"), ("Prime Minister", "Aiko Tanaka"),
    ("Defence Secretary", "Pierre Dubois"), ("UN envoy", "Fatima Hassan"), ("Trade Minister", "Olaf Berg"),
    ("Senator", "Grace Okafor"), ("Chancellor", "Lukas Meyer"), ("Health Minister", "Ana Costa"),
    ("Ambassador", "Ravi Menon"), ("Governor", "Elena Petrova"), ("Mayor", "Tomas Novak"),
]
PLACES = ["Paris", "Berlin", "Nairobi", "Lima", "Tokyo", "Cairo", "Madrid", "Ottawa", "Jakarta",
          "Warsaw", "Bogota", "Manila", "Lagos", "Seoul", "Lisbon", "Hanoi"]
ORGS = ["Amnesty International", "Human Rights Watch", "the World Health Organization",
        "the European Union", "the African Union", "Reuters", "the World Bank", "Oxfam"]
TOPICS = ["trade", "climate policy", "the border dispute", "refugee aid", "energy prices",
          "the peace talks", "vaccine supplies", "press freedom"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BOILERPLATE = ["Skip to content", "Sign up for our daily newsletter",
               "Click to comment", "Related Articles"]

SENTENCES = [
    "{title} {p1} visited {pl1} on {day} for talks on {topic}.",
    "{p1} met {p2} in {pl2} on {day}, officials said.",
    "\u201cWe had frank and useful discussions about {topic},\u201d {p1s} told reporters.",
    "{org} criticized {p2s} over {topic} in a statement {rel}.",
    "{p2s} said the government would review its position on {topic}.",
    "{p1s} will visit {pl3} next month, according to {org}.",
    "It was unclear whether {p2s} would meet {p1s} again before the summit.",
    "{p1s}'s three-day trip to {pl2} ended {rel}.",
    "Critics accused {p2s} of ignoring warnings about {topic}.",
    "\u201cThis is a critical moment for {pl1},\u201d said {p2}, the {title2} of {pl2}.",
]
RELATIVE = ["on {day}", "last week", "earlier this month", "yesterday", "on {day} evening"]


def article(rng: random.Random, i: int, start: date) -> dict:
    """One article: a headline, six to ten sentences, an optional boilerplate tail."""
    (title, p1), (title2, p2) = rng.sample(PEOPLE, 2)
    pl1, pl2, pl3 = rng.sample(PLACES, 3)
    published = start + timedelta(days=rng.randrange(0, 700))
    fill = dict(title=title, p1=p1, p2=p2, title2=title2.lower(), pl1=pl1, pl2=pl2, pl3=pl3,
                org=rng.choice(ORGS), topic=rng.choice(TOPICS), day=rng.choice(WEEKDAYS),
                p1s=p1.split()[-1], p2s=p2.split()[-1])
    fill["rel"] = rng.choice(RELATIVE).format(**fill)
    body = rng.sample(SENTENCES, rng.randint(6, len(SENTENCES)))
    paragraphs = [(s := t.format(**fill))[:1].upper() + s[1:] for t in body]
    text = f"{p1} and {p2} discuss {fill['topic']}\n\n" + "\n\n".join(paragraphs)
    if rng.random() < 0.4:
        text = rng.choice(BOILERPLATE[:1]) + "\n\n" + text
    if rng.random() < 0.4:
        text += "\n\n" + "\n\n".join(BOILERPLATE[2:])
    return {"id": f"gen-{i:07d}", "title": f"{p1} and {p2} discuss {fill['topic']}",
            "text": text, "published": published.isoformat(), "source": "generated"}


def generate(n: int, *, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    return [article(rng, i, date(2021, 1, 1)) for i in range(n)]


def write_jsonl(n: int, out: Path, *, seed: int = 42) -> Path:
    with out.open("w", encoding="utf-8") as fh:
        for record in generate(n, seed=seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    write_jsonl(args.n, args.out, seed=args.seed)


if __name__ == "__main__":
    main()
