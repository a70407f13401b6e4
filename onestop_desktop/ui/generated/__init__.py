"""The Qt Designer forms (forms/*.ui) compiled by scripts/compile_forms.py with pyside6-uic.

Every ui_<name>.py here is generated: change the form and compile again."""
