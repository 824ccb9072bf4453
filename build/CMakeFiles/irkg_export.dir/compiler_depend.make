# Empty compiler generated dependencies file for irkg_export.
# This may be replaced when dependencies are built.
