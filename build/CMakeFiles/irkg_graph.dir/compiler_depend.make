# Empty compiler generated dependencies file for irkg_graph.
# This may be replaced when dependencies are built.
