from eventwire import taxonomy as tx


def test_the_25_acled_sub_event_types_and_5_case_classes():
    acled = [s for s in tx.SUB_EVENT_TYPES if s.disorder_type != tx.NON_CONFLICT]
    assert len(acled) == 25 and len(tx.SUB_EVENT_TYPES) == 30
    assert len({s.event_type for s in acled}) == 6


def test_interaction_codes_put_the_lower_type_first():
    assert tx.interaction_code(tx.STATE_FORCES, tx.REBEL_GROUPS) == 12
    assert tx.interaction_code(tx.CIVILIANS, tx.STATE_FORCES) == 17
    assert tx.interaction_code(tx.PROTESTERS, 0) == 60
    assert tx.interaction_code(0, 0) == 0
