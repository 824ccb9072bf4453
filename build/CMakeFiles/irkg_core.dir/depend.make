# Empty dependencies file for irkg_core.
# This may be replaced when dependencies are built.
