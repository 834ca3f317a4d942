#!/usr/bin/env python3
"""Writes SIZE bytes of generated opinion-style Markdown to PATH, for profiling and for comparing two builds.

Usage: python3 bench/opinion_prose.py PATH SIZE [--seed N] [--plain]

The sentences are built here from templates and fictional names (no eval or corpus text): columns on several topics
with headings, emphasis, links, lists, block quotes and code, attributed and unattributed quotations, superlatives
and absolutes, threat talk and measured warnings with figures, hedges. A fixed seed gives the same bytes every
time, so two builds can be compared on it. --plain leaves the Markdown out (a .txt draft).
"""
import argparse
import random

PEOPLE = ["Mara Voss", "Tobin Hale", "Iris Okafor", "Dov Lindqvist", "Petra Sand", "Caleb Muro", "Nadia Ferrant",
          "Oskar Brey", "Lena Castell", "Rufus Amadi"]
ROLES = ["the mayor", "a senior analyst", "the committee chair", "one economist", "a spokesperson for the ministry",
         "the coach", "a climate scientist", "an election official", "the curator", "a union organizer"]
PLACES = ["Harwick", "Port Ellery", "Vantmoor", "Coldbridge", "Senna Valley", "Drummond Bay", "Kestrel Heights",
          "Orlan", "Brightwater", "Fenmark"]
TOPICS = ["the new tariff", "the transit levy", "the vaccine rollout", "the border plan", "the carbon tax",
          "the stadium deal", "the school budget", "the grid upgrade", "the museum merger", "the ballot reform"]
THREATS = ["a wave of crime", "a deadly outbreak", "a total collapse of the grid", "an invasion of our markets",
           "the end of local news", "a flood of migrants", "runaway inflation", "a cyber attack on every hospital",
           "mass layoffs", "a drought that never ends"]
SUPERLATIVES = ["the greatest", "the worst", "the most reckless", "the finest", "the most dangerous",
                "the best", "the most important", "the biggest"]
NOUNS = ["decision", "policy", "season", "scandal", "proposal", "exhibition", "budget", "campaign", "reform", "deal"]
VERBS = ["said", "warned", "argued", "claimed", "told reporters", "wrote", "insisted", "noted"]
FIGURES = ["12 percent", "3.4 million", "about 800 people", "two thirds", "41 cases", "$2 billion", "9 of 10 towns"]

TEMPLATES = [
    "{topic_c} is {sup} {noun} this city has ever seen.",
    "\u201cWe are facing {threat},\u201d {person} {verb}, without offering a figure.",
    "\"This is {sup} {noun} in a generation,\" said {role}.",
    "According to {role}, {topic} will cost {figure} over five years, a figure the audit office confirmed.",
    "If {topic} passes, {threat} will follow, and then {threat2} is inevitable.",
    "Everyone knows that {topic} has already failed in {place}.",
    "Critics say {topic} is a disaster; supporters call it {sup} {noun} of the decade.",
    "Some observers believe the plan could perhaps work, although nobody can be certain.",
    "The report from {place} found {figure} more cases than last year, according to the health board.",
    "{person} {verb} that the rivals in {place} want to destroy everything we have built.",
    "There is a real threat of rain in {place} this weekend, so the final may move indoors.",
    "Never before has a {noun} been so completely wrong about so many things.",
    "Sources close to {person} said the {noun} was doomed from the start.",
    "Unless we act now, {threat} will sweep through {place} within weeks.",
    "It was, by any measure, {sup} {noun} of the year, and all experts agree.",
    "The council voted 7 to 2 on Tuesday, and {role} {verb} the result was fair.",
    "{person}, who chairs the board, called the {noun} \u201cdangerous\u201d and \u201cunprecedented.\u201d",
    "In a statement, the ministry {verb} that {figure} had been spent on {topic} since March.",
    "We are told that {topic} is {sup} idea, but nobody has shown the numbers.",
    "Like the appeasers of old, the supporters of {topic} are sleepwalking toward {threat}.",
]


def sentence(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    text = rng.choice(TEMPLATES).format(
        topic=topic, topic_c=topic[0].upper() + topic[1:], sup=rng.choice(SUPERLATIVES), noun=rng.choice(NOUNS),
        threat=rng.choice(THREATS), threat2=rng.choice(THREATS), person=rng.choice(PEOPLE), role=rng.choice(ROLES),
        verb=rng.choice(VERBS), place=rng.choice(PLACES), figure=rng.choice(FIGURES))
    return text[0].upper() + text[1:]


def paragraph(rng: random.Random, plain: bool) -> str:
    sentences = [sentence(rng) for _ in range(rng.randint(2, 7))]
    if not plain and rng.random() < 0.3:
        i = rng.randrange(len(sentences))
        words = sentences[i].split(" ")
        j = rng.randrange(len(words))
        words[j] = rng.choice(["*{}*", "**{}**", "[{}](https://example.org/{})", "`{}`"]).format(words[j], j)
        sentences[i] = " ".join(words)
    text = " ".join(sentences)
    if plain:
        return text
    # Markdown wraps prose at about 100 columns, as drafts in editors do.
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) > 100:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def block(rng: random.Random, plain: bool) -> str:
    if plain:
        return paragraph(rng, plain)
    roll = rng.random()
    if roll < 0.08:
        return f"## {rng.choice(TOPICS).capitalize()} in {rng.choice(PLACES)}"
    if roll < 0.14:
        return "\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(2, 4)))
    if roll < 0.18:
        return "> " + sentence(rng)
    if roll < 0.20:
        return "```\nrhetlint check drafts/ --format json\n```"
    return paragraph(rng, plain)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("size", type=int)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--plain", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    blocks, size = [], 0
    if not args.plain:
        blocks.append(f"# Opinion: {rng.choice(TOPICS)}")
    while size < args.size:
        b = block(rng, args.plain)
        blocks.append(b)
        size += len(b.encode()) + 2
    with open(args.path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")


if __name__ == "__main__":
    main()
