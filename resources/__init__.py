"""The program's own files (fonts, translations), shipped inside the package as ``desktop_crm.resources``."""
