# Empty compiler generated dependencies file for irkg_claims.
# This may be replaced when dependencies are built.
