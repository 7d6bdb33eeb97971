import pytest
from PySide6.QtCore import QSettings

from desktop_crm.ui.app import make_application


@pytest.fixture
def desk_app(qapp, tmp_path):
    """The Qt application as the desk sets it up (bundled font, Chinese UI), with settings in tmp."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return make_application("zh_CN")
