# Empty compiler generated dependencies file for irkg.
# This may be replaced when dependencies are built.
