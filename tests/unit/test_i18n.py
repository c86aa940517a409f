"""Every visible string of the plugin is a tr() literal with a finished French translation."""

import subprocess
import sys

from tests.paths import ROOT


def test_every_tr_literal_has_a_french_translation():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ts_file_lists_the_messages():
    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n

    found, problems = i18n.extract()
    assert problems == []
    assert "Export maps" in found and "Join an indicator table to the communes" in found
    translations = i18n.load_ts()
    assert translations["Export maps"] == ("Exporter les cartes", False)
