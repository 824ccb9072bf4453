# Empty dependencies file for irkg_store.
# This may be replaced when dependencies are built.
