file(REMOVE_RECURSE
  "CMakeFiles/irkg_compare.dir/compare/placeholder.cpp.o"
  "CMakeFiles/irkg_compare.dir/compare/placeholder.cpp.o.d"
  "libirkg_compare.a"
  "libirkg_compare.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/irkg_compare.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
