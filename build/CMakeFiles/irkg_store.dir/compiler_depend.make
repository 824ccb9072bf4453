# Empty compiler generated dependencies file for irkg_store.
# This may be replaced when dependencies are built.
