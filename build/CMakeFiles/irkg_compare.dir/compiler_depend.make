# Empty compiler generated dependencies file for irkg_compare.
# This may be replaced when dependencies are built.
