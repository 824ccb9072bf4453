# Empty dependencies file for irkg_text.
# This may be replaced when dependencies are built.
