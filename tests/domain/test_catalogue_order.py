from datetime import date

from desktop_crm.domain.catalogue_order import Paper, page_label, place


def test_pages_count_through_the_category_and_the_last_row_shows_start_and_end():
    placed = place([Paper(1, "background", date(2026, 3, 1), 4), Paper(2, "business_licence", None, 2),
                    Paper(3, "background", date(2026, 1, 1), 1)])
    assert [(p.id, p.seq, p.first_page, p.last_page) for p in placed] == [(2, 1, 1, 2), (3, 2, 3, 3), (1, 3, 4, 7)]
    assert page_label(placed[-1], True) == "4-7" and page_label(placed[0], False) == "1"


def test_a_paper_without_page_count_leaves_later_page_numbers_open():
    placed = place([Paper(1, "background", date(2026, 1, 1), None), Paper(2, "background", date(2026, 2, 1), 3)])
    assert placed[0].first_page == 1 and placed[1].first_page is None and page_label(placed[1], True) == ""
