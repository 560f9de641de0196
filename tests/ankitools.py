"""Building real Anki packages for the import tests, with Anki's own backend as the oracle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FIXED_REVIEWS = "fixed"


def ms(moment: datetime) -> int:
    """A revlog id: milliseconds since the epoch."""
    return int(moment.timestamp() * 1000)


@dataclass
class BuiltCollection:
    """What the test collection holds, for the assertions."""

    guids: dict[str, str] = field(default_factory=dict)  # label -> Anki GUID
    card_ids: dict[str, int] = field(default_factory=dict)  # label -> Anki card id
    revlog: list[tuple[int, int, int, int]] = field(default_factory=list)  # id, cid, ease, type
    packages: dict[str, Path] = field(default_factory=dict)  # "legacy"/"latest" -> .apkg


def _revlog(col: Any, card_id: int, when: datetime, ease: int, kind: int) -> None:
    col.db.execute(
        "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
        "values (?, ?, -1, ?, 1, 0, 2500, 6000, ?)",
        ms(when),
        card_id,
        ease,
        kind,
    )


def build_collection(folder: Path) -> BuiltCollection:
    """A collection with basic, cloze, reversed, custom and image occlusion notes in nested
    decks, with HTML, tags, media, reviews and a suspended card; exported both ways."""
    from anki.collection import Collection, ExportAnkiPackageOptions
    from anki.scheduler.v3 import CardAnswer

    built = BuiltCollection()
    col = Collection(str(folder / "collection.anki2"))
    try:
        immunology = col.decks.id("Lactation::Immunology")
        mastitis = col.decks.id("Lactation::Mastitis")
        assert immunology is not None and mastitis is not None

        def add(notetype: str, deck: int, values: dict[str, str], tags: list[str]) -> Any:
            note = col.new_note(col.models.by_name(notetype))
            for name, value in values.items():
                note[name] = value
            note.tags = tags
            col.add_note(note, deck)
            return note

        media = col.media.write_data("breast.png", b"\x89PNG\r\n\x1a\n")
        basic = add(
            "Basic",
            immunology,
            {
                "Front": "Which antibody does <b>the enteromammary</b> pathway shape? "
                "&lt;script&gt;",
                "Back": "<div>Secretory <i>IgA</i></div><div>mostly</div>",
            },
            ["immunology", "Lactation::Antibodies"],
        )
        cloze = add(
            "Cloze",
            immunology,
            {
                "Text": "Cells from the {{c1::mother's gut}} reach the "
                "{{c2::mammary glands::organ}} &amp; milk",
                "Back Extra": f'The <em>enteromammary</em> pathway.<br><img src="{media}">',
            },
            ["immunology"],
        )
        reversed_note = add(
            "Basic (and reversed card)",
            mastitis,
            {"Front": "Mastitis", "Back": "Inflammation of the breast"},
            ["mastitis"],
        )
        lactquiz_note = add(
            "Basic", mastitis, {"Front": "Exported by lactquiz?", "Back": "Yes"}, []
        )
        col.db.execute("update notes set guid = ? where id = ?", "k3v9x2m7qa", lactquiz_note.id)

        custom = col.models.copy(col.models.by_name("Basic"))
        custom["name"] = "Back to front"
        custom["tmpls"][0]["qfmt"] = "{{Back}}"
        custom["tmpls"][0]["afmt"] = "{{FrontSide}}<hr id=answer>{{Front}}"
        col.models.update_dict(custom)
        add("Back to front", mastitis, {"Front": "F", "Back": "B"}, [])
        add(
            "Image Occlusion",
            mastitis,
            {
                "Occlusion": "{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2}}",
                "Image": f'<img src="{media}">',
            },
            [],
        )

        built.guids = {
            "basic": col.get_note(basic.id).guid,
            "cloze": col.get_note(cloze.id).guid,
            "reversed": col.get_note(reversed_note.id).guid,
            "lactquiz": "k3v9x2m7qa",
        }
        cards = {c.ord: c.id for c in col.get_note(cloze.id).cards()}
        built.card_ids = {
            "basic": col.get_note(basic.id).cards()[0].id,
            "cloze1": cards[0],
            "cloze2": cards[1],
            "reversed0": col.get_note(reversed_note.id).cards()[0].id,
            "reversed1": next(c.id for c in col.get_note(reversed_note.id).cards() if c.ord == 1),
            "lactquiz": col.get_note(lactquiz_note.id).cards()[0].id,
        }
        ids = built.card_ids
        day = datetime(2025, 1, 1, 10, 0, tzinfo=UTC)
        history = [
            (ids["cloze1"], day, 3, 0),
            (ids["cloze1"], day.replace(minute=10), 3, 0),
            (ids["cloze1"], datetime(2025, 1, 5, 9, tzinfo=UTC), 2, 1),
            (ids["cloze1"], datetime(2025, 1, 20, 9, tzinfo=UTC), 1, 1),
            (ids["cloze1"], datetime(2025, 1, 20, 9, 10, tzinfo=UTC), 3, 2),
            (ids["cloze1"], datetime(2025, 1, 21, 9, tzinfo=UTC), 0, 4),  # manual: skipped
            (ids["cloze1"], datetime(2025, 1, 22, 9, tzinfo=UTC), 0, 5),  # rescheduled: skipped
            (ids["cloze1"], datetime(2025, 2, 1, 9, tzinfo=UTC), 3, 3),  # filtered deck
            (ids["cloze2"], datetime(2025, 1, 2, 8, tzinfo=UTC), 4, 0),
            (ids["basic"], datetime(2025, 2, 1, 12, tzinfo=UTC), 1, 0),
            (ids["basic"], datetime(2025, 2, 1, 12, 1, tzinfo=UTC), 3, 0),
            (ids["reversed1"], datetime(2025, 3, 1, 12, tzinfo=UTC), 3, 0),  # reverse card
        ]
        for card_id, when, ease, kind in history:
            _revlog(col, card_id, when, ease, kind)
        col.sched.suspend_cards([ids["cloze2"]])

        # One answer through Anki's own scheduler, now.
        col.decks.select(mastitis)
        queued = col.sched.get_queued_cards(fetch_limit=10)
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        col.sched.answer_card(
            col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD)
        )
        built.revlog = [
            (int(r[0]), int(r[1]), int(r[2]), int(r[3]))
            for r in col.db.all("select id, cid, ease, type from revlog order by id")
        ]
        for name, legacy in (("legacy", True), ("latest", False)):
            out = folder / f"{name}.apkg"
            col.export_anki_package(
                out_path=str(out),
                options=ExportAnkiPackageOptions(
                    with_scheduling=True, with_deck_configs=False, with_media=True, legacy=legacy
                ),
                limit=None,
            )
            built.packages[name] = out
    finally:
        col.close()
    return built
