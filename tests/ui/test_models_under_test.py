from tests.ui.conftest import DESK_MODELS


def test_every_desk_model_is_found_and_put_under_the_model_tester(every_model_is_tested):
    names = {cls.__name__ for cls in DESK_MODELS}
    assert {"RowsTableModel", "CustomerTableModel", "DocumentTableModel", "RegisterTableModel"} <= names
    from desktop_crm.ui.common.rows_table_model import RowsTableModel

    RowsTableModel(["甲"])
    assert len(every_model_is_tested) == 1
