# Empty dependencies file for irkg_data.
# This may be replaced when dependencies are built.
