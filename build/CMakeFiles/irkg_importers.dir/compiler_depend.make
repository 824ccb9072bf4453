# Empty compiler generated dependencies file for irkg_importers.
# This may be replaced when dependencies are built.
