"""Write the default ABS document template abs_qgis/resources/document/modele_abs.docx (run after
changing abs_qgis/document/default_template.py: /usr/bin/python3 scripts/build_document_template.py).

A collectivité copies the .docx, edits it in Word or LibreOffice Writer, and names it in its project
file (document.modele); see the README's « Le document de l'ABS »."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from abs_qgis.document.default_template import DEFAULT_TEMPLATE, build_default_template  # noqa: E402

if __name__ == "__main__":
    print(build_default_template(DEFAULT_TEMPLATE))
