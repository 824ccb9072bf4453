# Empty compiler generated dependencies file for irkg_extract.
# This may be replaced when dependencies are built.
