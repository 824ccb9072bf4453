file(REMOVE_RECURSE
  "CMakeFiles/irkg_graph.dir/graph/placeholder.cpp.o"
  "CMakeFiles/irkg_graph.dir/graph/placeholder.cpp.o.d"
  "libirkg_graph.a"
  "libirkg_graph.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_graph.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
