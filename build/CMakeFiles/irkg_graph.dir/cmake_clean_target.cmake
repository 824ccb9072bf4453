file(REMOVE_RECURSE
  "libirkg_graph.a"
)
