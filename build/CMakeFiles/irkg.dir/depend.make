# Empty dependencies file for irkg.
# This may be replaced when dependencies are built.
