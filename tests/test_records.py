from __future__ import annotations

import datetime as dt
from dataclasses import replace

from eventwire.records import Event, EventMention, Place, from_jsonable, to_jsonable
from eventwire.merge import merge_mentions

from records_factory import mention


def test_mentions_and_events_round_trip_through_json():
    original = mention("m1", killed=(3,))
    assert from_jsonable(EventMention, to_jsonable(original)) == original
    (event,) = merge_mentions([original])
    assert from_jsonable(Event, to_jsonable(event)) == event


def test_dates_become_iso_strings():
    assert to_jsonable(mention(date=dt.date(2024, 2, 29)))["date"] == "2024-02-29"


def test_a_figure_keeps_its_toll_cue_and_older_records_without_one_still_read():
    original = mention("m1", killed=(1,))
    selfkill = replace(original, fatality_claims=(replace(original.fatality_claims[0], cue="self"),))
    assert from_jsonable(EventMention, to_jsonable(selfkill)).fatality_claims[0].cue == "self"
    data = to_jsonable(original)
    del data["fatality_claims"][0]["cue"]
    assert from_jsonable(EventMention, data).fatality_claims[0].cue == ""


def test_place_label_names_each_part_once():
    town = Place("Springfield", 39.8, -89.6, 1, country="United States", iso="US", admin1="Illinois")
    country = Place("Chad", 15.0, 19.0, 3, country="Chad", iso="TD", feature="country")
    assert town.label() == "Springfield, Illinois, United States"
    assert town.label(admin1=False) == "Springfield, United States"
    assert country.label() == "Chad"
