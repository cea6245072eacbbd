"""Gazetteer lookups made cheaper this session: each must answer exactly as before."""

from eventwire.gazetteer import Gazetteer


def test_the_largest_town_looked_up_alone_is_the_one_of_the_whole_table():
    path = Gazetteer.open().path
    fresh = Gazetteer(path)
    table = Gazetteer(path)._largest_towns
    units = sorted(table)[:: max(len(table) // 20, 1)] + [("US", "Colorado"), ("US", ""), ("ZZ", "Nowhere")]
    assert [fresh.largest_town(*unit) for unit in units] == [table.get(unit) for unit in units]
    assert "_largest_towns" in fresh.__dict__  # past the first few units, the whole table is read
