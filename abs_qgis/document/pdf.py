"""The PDF of the document, by LibreOffice in headless mode when it is installed."""

import os
import shutil
import subprocess  # nosec B404: runs LibreOffice, a fixed program, with a list of arguments
import tempfile

CANDIDATES = ("soffice", "libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice")
WINDOWS_PATHS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
TIMEOUT_SECONDS = 180


def libreoffice():
    """The LibreOffice program, or None."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in WINDOWS_PATHS if os.path.isfile(path)), None)


def convert_to_pdf(docx_path):
    """Write the PDF beside ``docx_path`` (same name); return its path, or None without LibreOffice.

    A private LibreOffice profile is used, so that a LibreOffice already open on the desktop does
    not swallow the conversion; the PDF is written in a temporary folder, then moved in place."""
    program = libreoffice()
    if program is None:
        return None
    folder = os.path.dirname(os.path.abspath(docx_path))
    target = os.path.splitext(os.path.abspath(docx_path))[0] + ".pdf"
    with tempfile.TemporaryDirectory(prefix="abs-lo-") as work:
        profile = "file://" + os.path.join(work, "profil").replace("\\", "/")
        command = [
            program,
            "-env:UserInstallation=" + profile,
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            os.path.abspath(docx_path),
        ]
        subprocess.run(  # nosec B603: fixed program, arguments from the plugin, no shell
            command, check=True, timeout=TIMEOUT_SECONDS, capture_output=True, cwd=folder
        )
        produced = os.path.join(work, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        if not os.path.isfile(produced):
            raise OSError("LibreOffice n'a pas écrit de PDF")
        shutil.move(produced, target + ".part")
        os.replace(target + ".part", target)
    return target
