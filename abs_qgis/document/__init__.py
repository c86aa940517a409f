"""The ABS document: a Word file filled from a template (docxtpl), and its PDF (LibreOffice)."""
